using Whereabouts.Tables.Reading;

namespace Whereabouts.Tables.Tests.Layout;

/// <summary>Builds files of one sheet from rows of cell texts, as a reader would give them; lines are numbered from 1.</summary>
internal static class Sheets
{
    public static TableFile Of(params string[][] rows) => Of("Invented list", rows);

    public static TableFile Of(string? sheetName, params string[][] rows) =>
        File(sheetName, rows.Select((cells, i) => new TableRow(i + 1, cells.Select(c => new TableCell(c)).ToList())).ToList());

    public static TableFile File(string? sheetName, IReadOnlyList<TableRow> rows) =>
        new("invented-list.xlsx", TableFormat.Xlsx, null, null, [new TableSheet(sheetName, rows)]);

    /// <summary>A header and one data row whose cells are given as header/value pairs.</summary>
    public static TableFile Row(params (string Header, string Value)[] cells) =>
        Of([.. cells.Select(c => c.Header)], [.. cells.Select(c => c.Value)]);
}
