namespace Whereabouts.Tables.Reading;

/// <summary>One row of a sheet or text file.</summary>
/// <param name="Line">
/// Where a person finds the row: the line of a text file on which the record starts (1-based; a
/// quoted field with line breaks makes a record span lines), or the row number of a worksheet as
/// the spreadsheet program shows it.
/// </param>
/// <param name="Cells">The row's cells, left to right; a row may be shorter than others.</param>
public sealed record TableRow(int Line, IReadOnlyList<TableCell> Cells)
{
    /// <summary>The cell at <paramref name="index"/>, or the empty cell when the row is shorter.</summary>
    public TableCell this[int index] => index >= 0 && index < Cells.Count ? Cells[index] : TableCell.Empty;
}
