namespace Whereabouts.Testing.Lists;

/// <summary>
/// One sheet of an <see cref="XlsxWriter"/> workbook: cells by row and column, and merged ranges.
/// A value is a <see cref="string"/> (text), a number (any numeric type), a <see cref="bool"/>, a
/// <see cref="DateOnly"/> (a date under Excel's built-in date format), an <see cref="XlsxDate"/>
/// (a date under a format of one's choosing) or an <see cref="XlsxFormula"/>; null leaves the cell out.
/// </summary>
public sealed class XlsxSheet
{
    private readonly List<(int Row, int Column, object Value)> cells = [];
    private readonly List<string> merges = [];

    internal XlsxSheet(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
    }

    /// <summary>The sheet's name, as its tab shows it.</summary>
    public string Name { get; }

    internal IReadOnlyList<(int Row, int Column, object Value)> Cells => cells;

    internal IReadOnlyList<string> Merges => merges;

    /// <summary>Puts <paramref name="values"/> into row <paramref name="row"/> (1-based, as Excel numbers rows), from column A on.</summary>
    public XlsxSheet Row(int row, params object?[] values)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(row, 1);
        ArgumentNullException.ThrowIfNull(values);
        for (var column = 0; column < values.Length; column++)
        {
            Cell(row, column, values[column]);
        }

        return this;
    }

    /// <summary>Puts <paramref name="value"/> into the cell at <paramref name="row"/> (1-based) and <paramref name="column"/> (0-based: 0 is A).</summary>
    public XlsxSheet Cell(int row, int column, object? value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(row, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        switch (value)
        {
            case null:
                break;
            case DateOnly date:
                cells.Add((row, column, new XlsxDate(date, XlsxWriter.BuiltInDateFormat)));
                break;
            default:
                cells.Add((row, column, value));
                break;
        }

        return this;
    }

    /// <summary>Merges the cells of <paramref name="range"/> (e.g. "A1:F1"); the merged cell shows its first cell's value.</summary>
    public XlsxSheet Merge(string range)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(range);
        merges.Add(range);
        return this;
    }
}
