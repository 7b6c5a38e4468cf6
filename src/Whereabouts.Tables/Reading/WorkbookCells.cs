using System.Globalization;

namespace Whereabouts.Tables.Reading;

/// <summary>Turns the values a workbook library gives into <see cref="TableCell"/>s.</summary>
internal static class WorkbookCells
{
    // Below this a whole number is written out in full ("123456789012345"), as a service number
    // must be; above it doubles no longer hold every whole number, and "R" says what is there.
    private const double WholeNumberLimit = 1e17;

    /// <summary>The cell for <paramref name="value"/>, or null for an empty cell.</summary>
    public static TableCell? From(object? value) => value switch
    {
        null => null,
        string text => text.Trim() is { Length: > 0 } trimmed ? new TableCell(trimmed) : null,
        DateTime moment => Date(DateOnly.FromDateTime(moment)),
        DateOnly date => Date(date),
        double number => Number(number),
        float number => Number(number),
        decimal number => Number((double)number),
        int or long or short or byte or sbyte or ushort or uint or ulong => Number(Convert.ToDouble(value, CultureInfo.InvariantCulture)),
        bool flag => new TableCell(flag ? "TRUE" : "FALSE"),
        TimeSpan time => new TableCell(time.ToString("c", CultureInfo.InvariantCulture)),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)?.Trim() is { Length: > 0 } other ? new TableCell(other) : null,
    };

    /// <summary>A number as invariant text: whole numbers without a fraction or exponent, others as the shortest text that reads back the same.</summary>
    public static string NumberText(double number) =>
        double.IsFinite(number) && Math.Abs(number) < WholeNumberLimit && Math.Floor(number) == number
            ? number.ToString("0", CultureInfo.InvariantCulture)
            : number.ToString("R", CultureInfo.InvariantCulture);

    private static TableCell Date(DateOnly date) => new(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), date);

    private static TableCell Number(double number) => new(NumberText(number), null, number);
}
