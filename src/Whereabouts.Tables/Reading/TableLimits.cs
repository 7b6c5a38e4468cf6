namespace Whereabouts.Tables.Reading;

/// <summary>
/// How much one file may make the reader do. A real list is far inside every limit; a file past
/// one is refused with a message naming the limit (and the sheet), so that a hostile or broken
/// file costs bounded time and memory instead of the server's.
/// </summary>
public static class TableLimits
{
    /// <summary>
    /// Rows in one sheet or text file, empty rows included: Excel's own maximum (1,048,576), so no
    /// workbook Excel can save is refused for its length.
    /// </summary>
    public const int MaxRowsPerSheet = 1_048_576;

    /// <summary>
    /// Cells kept from one sheet (a row's cells up to its last non-empty one): ten million, a
    /// hundred columns of a hundred thousand people, about a gigabyte of cells in memory at most.
    /// </summary>
    public const int MaxCellsPerSheet = 10_000_000;

    /// <summary>
    /// Cells looked at in one sheet, empty ones included (a workbook whose last used column is far
    /// to the right makes every row that wide): twenty million, a hundred thousand rows of two
    /// hundred columns, under a second of work.
    /// </summary>
    public const long MaxCellsExaminedPerSheet = 20_000_000;

    /// <summary>
    /// Columns in one sheet of an Excel 97–2003 workbook: 256, the format's own limit; a sheet that
    /// claims more is damaged.
    /// </summary>
    public const int MaxXlsColumns = 256;

    /// <summary>
    /// The bytes a workbook's parts may unpack to, all together: 512 MiB. A workbook of a hundred
    /// thousand people unpacks to some tens of megabytes, one of a million rows of ten columns to
    /// about 300 MB; the library reads a sheet's XML twice, at some tens of megabytes a second.
    /// </summary>
    public const long MaxUnpackedBytes = 512L << 20;

    /// <summary>
    /// How many times larger than its packed size a workbook's part may unpack (for parts over a
    /// megabyte): 200. Spreadsheet XML packs about ten to thirty times; a ZIP bomb, thousands.
    /// </summary>
    public const int MaxPackingRatio = 200;
}
