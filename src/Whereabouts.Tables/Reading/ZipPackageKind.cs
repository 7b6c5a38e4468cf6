namespace Whereabouts.Tables.Reading;

/// <summary>What a ZIP archive holds, as far as the reader cares.</summary>
internal enum ZipPackageKind
{
    /// <summary>An Excel workbook (Office Open XML).</summary>
    Xlsx,

    /// <summary>An Excel binary workbook (.xlsb), which the kept library version cannot read.</summary>
    Xlsb,

    /// <summary>An OpenDocument spreadsheet (.ods).</summary>
    Ods,

    /// <summary>Anything else.</summary>
    Other,
}
