using System.Globalization;

namespace Whereabouts.Domain;

/// <summary>
/// A calendar date known to the year, the month or the day, possibly only approximately:
/// a conscript "born 2001", a capture "in December 2020", an exchange "on 14 December 2020",
/// a death "around 12 December 2020".
/// </summary>
/// <remarks>
/// <para>
/// A partial date stands for a range of days. <see cref="Earliest"/> and <see cref="Latest"/> give
/// that range: <c>2020-12</c> runs from 1 to 31 December 2020. An approximate date is taken to lie
/// within one unit of its precision either side: <c>~2001</c> covers 2000 to 2002, <c>~2020-12</c>
/// November 2020 to January 2021, <c>~2020-12-12</c> the 11th to the 13th.
/// </para>
/// <para>
/// Equality is structural: <c>2020-12</c> and <c>2020-12-01</c> are different values, because they
/// say different things about what is known, even though one lies inside the other. Use
/// <see cref="IsDefinitelyBefore"/> and <see cref="Overlaps"/> to reason about time.
/// </para>
/// <para>The text form is ISO 8601 with the unknown parts left off and a leading <c>~</c> for
/// approximate dates: <c>2001</c>, <c>2020-12</c>, <c>2020-12-14</c>, <c>~2020-12-12</c>.</para>
/// </remarks>
public sealed record PartialDate : IComparable<PartialDate>
{
    private PartialDate(int year, int? month, int? day, bool isApproximate)
    {
        Year = year;
        Month = month;
        Day = day;
        IsApproximate = isApproximate;
    }

    /// <summary>The year, from 1 to 9999.</summary>
    public int Year { get; }

    /// <summary>The month (1–12), or null when only the year is known.</summary>
    public int? Month { get; }

    /// <summary>The day of the month, or null when it is not known.</summary>
    public int? Day { get; }

    /// <summary>True when the date was given as an estimate ("about", "around", "c.").</summary>
    public bool IsApproximate { get; }

    /// <summary>How much of the date is known.</summary>
    public DatePrecision Precision => Day is not null ? DatePrecision.Day
        : Month is not null ? DatePrecision.Month
        : DatePrecision.Year;

    /// <summary>
    /// The first day of the date as stated, not widened for approximation: <c>~2020-12-12</c> and
    /// <c>2020-12-12</c> both start on the 12th. Used to put events in the order a reader expects.
    /// </summary>
    public DateOnly StatedStart => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The first day this date can stand for, widened for approximate dates.</summary>
    public DateOnly Earliest
    {
        get
        {
            var start = StatedStart;
            return IsApproximate ? Shift(start, -1) : start;
        }
    }

    /// <summary>The last day this date can stand for, widened for approximate dates.</summary>
    public DateOnly Latest
    {
        get
        {
            var end = Precision switch
            {
                DatePrecision.Year => new DateOnly(Year, 12, 31),
                DatePrecision.Month => new DateOnly(Year, Month!.Value, DateTime.DaysInMonth(Year, Month.Value)),
                DatePrecision.Day => new DateOnly(Year, Month!.Value, Day!.Value),
                _ => throw new InvalidOperationException($"Unknown precision {Precision}."),
            };
            if (!IsApproximate)
            {
                return end;
            }

            // Widen by a unit, then run to the end of that unit: ~2021-04 ends on 31 May, not the 30th.
            return Precision switch
            {
                DatePrecision.Year => new DateOnly(Year + 1, 12, 31),
                DatePrecision.Month => LastDayOfMonth(end.AddDays(1)),
                _ => end.AddDays(1),
            };
        }
    }

    /// <summary>A date known only to the year.</summary>
    public static PartialDate OfYear(int year) => Create(year, null, null, false);

    /// <summary>A date known to the month.</summary>
    public static PartialDate OfMonth(int year, int month) => Create(year, month, null, false);

    /// <summary>A full calendar date.</summary>
    public static PartialDate OfDay(int year, int month, int day) => Create(year, month, day, false);

    /// <summary>A full calendar date.</summary>
    public static PartialDate OfDay(DateOnly date) => Create(date.Year, date.Month, date.Day, false);

    /// <summary>The same date, marked as an estimate.</summary>
    public PartialDate Approximately() => new(Year, Month, Day, true);

    /// <summary>
    /// True when every day this date can stand for comes before every day <paramref name="other"/>
    /// can stand for. <c>2020-12</c> is not definitely before <c>2020-12-14</c>: they overlap.
    /// </summary>
    public bool IsDefinitelyBefore(PartialDate other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Latest < other.Earliest;
    }

    /// <summary>True when the two dates can stand for a common day, so their order is unknown.</summary>
    public bool Overlaps(PartialDate other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return !IsDefinitelyBefore(other) && !other.IsDefinitelyBefore(this);
    }

    /// <summary>True when this date can stand for <paramref name="day"/>.</summary>
    public bool Contains(DateOnly day) => Earliest <= day && day <= Latest;

    /// <summary>
    /// Orders by the earliest possible day, then by the latest, so that a more precise date sorts
    /// before the vaguer one that contains it and starts on the same day.
    /// </summary>
    public int CompareTo(PartialDate? other)
    {
        if (other is null)
        {
            return 1;
        }

        var byStart = Earliest.CompareTo(other.Earliest);
        return byStart != 0 ? byStart : Latest.CompareTo(other.Latest);
    }

    /// <summary>True when <paramref name="left"/> sorts before <paramref name="right"/> (see <see cref="CompareTo"/>).</summary>
    public static bool operator <(PartialDate? left, PartialDate? right) => Compare(left, right) < 0;

    /// <summary>True when <paramref name="left"/> sorts before or with <paramref name="right"/>.</summary>
    public static bool operator <=(PartialDate? left, PartialDate? right) => Compare(left, right) <= 0;

    /// <summary>True when <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    public static bool operator >(PartialDate? left, PartialDate? right) => Compare(left, right) > 0;

    /// <summary>True when <paramref name="left"/> sorts after or with <paramref name="right"/>.</summary>
    public static bool operator >=(PartialDate? left, PartialDate? right) => Compare(left, right) >= 0;

    /// <summary>Parses the text form (<c>2001</c>, <c>2020-12</c>, <c>2020-12-14</c>, <c>~2020-12</c>).</summary>
    /// <exception cref="FormatException">The text is not a partial date; the message says why.</exception>
    public static PartialDate Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (TryParse(text, out var date, out var error))
        {
            return date;
        }

        throw new FormatException(error.English);
    }

    /// <summary>Parses the text form; on failure <paramref name="error"/> says what is wrong (empty on success).</summary>
    public static bool TryParse(string? text, out PartialDate date, out Sentence error)
    {
        date = null!;
        var trimmed = (text ?? string.Empty).Trim();
        var approximate = trimmed.StartsWith('~');
        var body = approximate ? trimmed[1..] : trimmed;
        var parts = body.Split('-');
        if (body.Length == 0 || parts.Length > 3)
        {
            error = Sentence.Of($"'{text}' is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD, optionally after '~'.");
            return false;
        }

        var expectedLengths = new[] { 4, 2, 2 };
        var numbers = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i].Length != expectedLengths[i]
                || !int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
            {
                error = Sentence.Of($"'{text}' is not a date: expected YYYY, YYYY-MM or YYYY-MM-DD, optionally after '~'.");
                return false;
            }
        }

        int? month = parts.Length > 1 ? numbers[1] : null;
        int? day = parts.Length > 2 ? numbers[2] : null;
        var problem = Validate(numbers[0], month, day);
        if (problem is not null)
        {
            error = Sentence.Of($"'{text}' is not a date: {problem}.");
            return false;
        }

        date = new PartialDate(numbers[0], month, day, approximate);
        error = Sentence.Of(string.Empty);
        return true;
    }

    /// <summary>The text form, e.g. <c>2020-12</c> or <c>~2001</c>.</summary>
    public override string ToString()
    {
        var prefix = IsApproximate ? "~" : string.Empty;
        return Precision switch
        {
            DatePrecision.Year => string.Create(CultureInfo.InvariantCulture, $"{prefix}{Year:D4}"),
            DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{prefix}{Year:D4}-{Month:D2}"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{prefix}{Year:D4}-{Month:D2}-{Day:D2}"),
        };
    }

    private static int Compare(PartialDate? left, PartialDate? right) =>
        left is null ? (right is null ? 0 : -1) : left.CompareTo(right);

    private static PartialDate Create(int year, int? month, int? day, bool approximate)
    {
        var problem = Validate(year, month, day);
        if (problem is not null)
        {
            var parameter = problem.English.StartsWith("year", StringComparison.Ordinal) ? nameof(year)
                : problem.English.StartsWith("month", StringComparison.Ordinal) ? nameof(month)
                : nameof(day);
            throw new ArgumentOutOfRangeException(parameter, problem.English);
        }

        return new PartialDate(year, month, day, approximate);
    }

    private static Sentence? Validate(int year, int? month, int? day)
    {
        // Years 1 and 9999 cannot be widened for approximation, so keep one year of margin.
        if (year is < 2 or > 9998)
        {
            return Sentence.Of($"year {year} is out of range");
        }

        if (month is { } m && m is < 1 or > 12)
        {
            return Sentence.Of($"month {m} does not exist");
        }

        if (day is { } d && (month is null || d < 1 || d > DateTime.DaysInMonth(year, month.Value)))
        {
            return Sentence.Of($"day {d} does not exist in {year:D4}-{month:D2}");
        }

        return null;
    }

    private DateOnly Shift(DateOnly date, int units) => Precision switch
    {
        DatePrecision.Year => date.AddYears(units),
        DatePrecision.Month => date.AddMonths(units),
        _ => date.AddDays(units),
    };

    private static DateOnly LastDayOfMonth(DateOnly day) => new(day.Year, day.Month, DateTime.DaysInMonth(day.Year, day.Month));
}
