using Whereabouts.Tables.Reading;

namespace Whereabouts.Tables.Layout;

/// <summary>A sheet read as a list: its layout, its rows, and every problem found in a cell (sheet, line, column, value).</summary>
/// <param name="File">The file, as read.</param>
/// <param name="Layout">How the sheet was read.</param>
/// <param name="Rows">The rows below the header that name a person; a row with no name at all is a problem, not a row.</param>
/// <param name="Problems">What could not be read (a date that is not one, a row without a name…), in file order.</param>
public sealed record ListReading(TableFile File, ListLayout Layout, IReadOnlyList<ListRowValues> Rows, IReadOnlyList<TableProblem> Problems);
