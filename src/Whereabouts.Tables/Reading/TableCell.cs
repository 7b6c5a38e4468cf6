namespace Whereabouts.Tables.Reading;

/// <summary>
/// One cell as the file holds it. <see cref="Text"/> is what a reader of the list sees (trimmed;
/// empty for an empty cell); a workbook's date cell also gives its <see cref="Date"/>, whatever the
/// cell's display format, and a number cell its <see cref="Number"/> (an Excel date typed into a
/// cell formatted as a number arrives as a serial number, which the layout reads as a date in a
/// date column). A formula's cell holds the value the workbook last computed.
/// </summary>
/// <param name="Text">The cell's text, trimmed; empty when the cell is empty.</param>
/// <param name="Date">The date, when the workbook stores the cell as a date.</param>
/// <param name="Number">The number, when the workbook stores the cell as a number.</param>
public sealed record TableCell(string Text, DateOnly? Date = null, double? Number = null)
{
    /// <summary>The empty cell.</summary>
    public static TableCell Empty { get; } = new(string.Empty);

    /// <summary>Whether the cell holds nothing.</summary>
    public bool IsEmpty => Text.Length == 0 && Date is null && Number is null;
}
