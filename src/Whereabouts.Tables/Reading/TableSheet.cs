namespace Whereabouts.Tables.Reading;

/// <summary>One sheet of a workbook, or the whole of a text file, as rows of cells.</summary>
/// <param name="Name">The sheet's name; null for a text file.</param>
/// <param name="Rows">Every non-empty row, in file order (a wholly empty row is left out; lines keep their numbers).</param>
public sealed record TableSheet(string? Name, IReadOnlyList<TableRow> Rows);
