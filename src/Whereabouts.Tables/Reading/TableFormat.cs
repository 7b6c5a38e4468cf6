namespace Whereabouts.Tables.Reading;

/// <summary>The kind of file a table was read from, told by its bytes, never by its name.</summary>
public enum TableFormat
{
    /// <summary>Delimited text: comma, semicolon, tab or bar between fields, in any supported encoding.</summary>
    Delimited,

    /// <summary>An Excel 2007+ workbook (Office Open XML, a ZIP package).</summary>
    Xlsx,

    /// <summary>An Excel 97–2003 workbook (BIFF in a compound file).</summary>
    Xls,
}
