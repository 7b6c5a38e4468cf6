using System.Globalization;
using System.Text.RegularExpressions;

namespace Whereabouts.Ingestion.Text;

/// <summary>
/// Reads the calendar date out of the ways pages write one: ISO 8601 (<c>2021-01-12T09:30:00+04:00</c>,
/// kept as the date the page wrote, not shifted to UTC), <c>12 January 2021</c>, <c>Jan. 12, 2021</c>,
/// <c>12.01.2021</c>, and the same with Russian month names; and finds a dateline at the start of a text.
/// </summary>
internal static partial class DateText
{
    // English and Russian month names (nominative and genitive stems) by their ordinal prefixes.
    private static readonly (string Prefix, int Month)[] Months =
    [
        ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("may", 5), ("jun", 6), ("jul", 7), ("aug", 8),
        ("sep", 9), ("oct", 10), ("nov", 11), ("dec", 12),
        ("янв", 1), ("фев", 2), ("мар", 3), ("апр", 4), ("мая", 5), ("май", 5), ("июн", 6), ("июл", 7),
        ("авг", 8), ("сен", 9), ("окт", 10), ("ноя", 11), ("дек", 12),
    ];

    private static readonly string[] DatelineEnds = ["—", "–", " - ", " -- ", ":"];

    /// <summary>The date in <paramref name="value"/> when it is one date and nothing much else; null otherwise.</summary>
    public static DateOnly? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var iso = IsoDate().Match(value);
        if (iso.Success)
        {
            return Create(iso.Groups["y"].Value, iso.Groups["m"].Value, iso.Groups["d"].Value);
        }

        return Find(value.Length > 80 ? value[..80] : value);
    }

    /// <summary>The first date written with a month name or as day.month.year in <paramref name="text"/>, or null.</summary>
    public static DateOnly? Find(string text)
    {
        var named = DayMonthYear().Match(text);
        if (named.Success && MonthOf(named.Groups["mon"].Value) is { } m1)
        {
            return Create(named.Groups["y"].Value, m1, named.Groups["d"].Value);
        }

        named = MonthDayYear().Match(text);
        if (named.Success && MonthOf(named.Groups["mon"].Value) is { } m2)
        {
            return Create(named.Groups["y"].Value, m2, named.Groups["d"].Value);
        }

        var dotted = DottedDate().Match(text);
        return dotted.Success ? Create(dotted.Groups["y"].Value, dotted.Groups["m"].Value, dotted.Groups["d"].Value) : null;
    }

    /// <summary>
    /// The date of a dateline that opens <paramref name="paragraph"/> (<c>STEPANAKERT, Jan. 12, 2021 —</c>,
    /// <c>12 January 2021, Yerevan:</c>), or null when the paragraph does not open with one.
    /// </summary>
    public static DateOnly? Dateline(string paragraph)
    {
        // A dateline is short and ends at a dash or a colon: "PLACE, DATE —".
        var end = -1;
        foreach (var separator in DatelineEnds)
        {
            var at = paragraph.IndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && (end < 0 || at < end))
            {
                end = at;
            }
        }

        if (end < 0 || end > 60)
        {
            return null;
        }

        var head = paragraph[..end];
        var iso = IsoDate().Match(head);
        return iso.Success ? Create(iso.Groups["y"].Value, iso.Groups["m"].Value, iso.Groups["d"].Value) : Find(head);
    }

    private static DateOnly? Create(string year, string month, string day) =>
        int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var m) ? Create(year, m, day) : null;

    private static DateOnly? Create(string year, int month, string day)
    {
        if (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            || !int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            || y < 1800 || y > 2200 || month < 1 || month > 12 || d < 1 || d > DateTime.DaysInMonth(y, month))
        {
            return null;
        }

        return new DateOnly(y, month, d);
    }

    private static int? MonthOf(string word)
    {
        var lower = word.ToLowerInvariant();
        foreach (var (prefix, month) in Months)
        {
            if (lower.StartsWith(prefix, StringComparison.Ordinal))
            {
                return month;
            }
        }

        return null;
    }

    [GeneratedRegex(@"(?<![\d])(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})(?![\d])", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"(?<![\d])(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<mon>\p{L}{3,10})\.?,?\s+(?<y>\d{4})(?![\d])", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"(?<mon>\p{L}{3,10})\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})(?![\d])", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"(?<![\d.])(?<d>\d{1,2})\.(?<m>\d{1,2})\.(?<y>\d{4})(?![\d])", RegexOptions.CultureInvariant)]
    private static partial Regex DottedDate();
}
