using System.Globalization;
using System.Text.RegularExpressions;

namespace Whereabouts.Ingestion.Claims;

/// <summary>
/// Finds and resolves the dates a sentence names. A day and month without a year take the
/// publication year, or the year before when that would fall after publication ("December 14" in
/// an article of 5 January 2021 is 14 December 2020). A weekday is the latest such day on or
/// before publication ("last Monday": strictly before). "Yesterday", "last week" (seven days) and
/// "N days ago" count back from publication; "the following day", "the day before" and "N days
/// later" count from the last date the article named. Numeric dates are day first (31.12.2020).
/// A month without a day resolves to nothing: a claim gets a day or no date.
/// </summary>
internal static partial class DateFinder
{
    private const string MonthNames =
        "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?";

    [GeneratedRegex(@"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?<m>" + MonthNames + @")\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?<y>(?:19|20)\d{2})\b)?", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"\b(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<m>" + MonthNames + @")\b\.?(?:,?\s+(?<y>(?:19|20)\d{2})\b)?", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"\b(?<y>(?:19|20)\d{2})-(?<mo>\d{1,2})-(?<d>\d{1,2})\b|\b(?<d>\d{1,2})[./](?<mo>\d{1,2})[./](?<y>(?:19|20)\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex Numeric();

    [GeneratedRegex(@"\b(?:(?<last>(?i:last|past|previous))\s+)?(?<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\b(?:(?<today>today|this\s+(?:morning|afternoon|evening)|tonight|earlier\s+today)|(?<yesterday>yesterday|last\s+night)|(?<lastweek>last\s+week|a\s+week\s+ago)|(?<next>the\s+(?:following|next)\s+day|a\s+day\s+later|the\s+day\s+after)|(?<prev>the\s+(?:previous|preceding)\s+day|a\s+day\s+(?:earlier|before)|the\s+day\s+before)|(?<n>\d{1,3}|two|three|four|five|six|seven|eight|nine|ten)\s+(?<unit>days?|weeks?)\s+(?<dir>later|earlier|ago|before|after))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Relative();

    private static readonly string[] SmallNumbers = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    /// <summary>The dates in <paramref name="sentence"/> in order, resolved; updates <paramref name="lastDate"/>.</summary>
    public static List<DateMention> Find(string sentence, DateOnly? published, ref DateOnly? lastDate)
    {
        var raw = new List<(int Start, int End, Match Match, char Kind)>();
        foreach (Match m in MonthDay().Matches(sentence))
        {
            raw.Add((m.Index, m.Index + m.Length, m, 'a'));
        }

        foreach (Match m in DayMonth().Matches(sentence))
        {
            raw.Add((m.Index, m.Index + m.Length, m, 'a'));
        }

        foreach (Match m in Numeric().Matches(sentence))
        {
            raw.Add((m.Index, m.Index + m.Length, m, 'n'));
        }

        foreach (Match m in Weekday().Matches(sentence))
        {
            raw.Add((m.Index, m.Index + m.Length, m, 'w'));
        }

        foreach (Match m in Relative().Matches(sentence))
        {
            raw.Add((m.Index, m.Index + m.Length, m, 'r'));
        }

        raw.Sort((x, y) => x.Start != y.Start ? x.Start.CompareTo(y.Start) : y.End.CompareTo(x.End));
        var mentions = new List<DateMention>();
        var covered = -1;
        foreach (var (start, end, match, kind) in raw)
        {
            if (start < covered)
            {
                // Inside a longer date already taken ("Monday, December 14" holds "Monday").
                continue;
            }

            var value = kind switch
            {
                'a' => Absolute(match, published),
                'n' => NumericDate(match),
                'w' => WeekdayDate(match, published),
                _ => RelativeDate(match, published, lastDate),
            };
            if (kind == 'a' && value is null && match.Groups["d"].Success && !ValidDay(match))
            {
                continue;
            }

            mentions.Add(new DateMention(start, end, value));
            covered = end;
            if (value is not null)
            {
                lastDate = value;
            }
        }

        return mentions;
    }

    private static bool ValidDay(Match m) =>
        int.TryParse(m.Groups["d"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d is >= 1 and <= 31;

    private static DateOnly? Absolute(Match m, DateOnly? published)
    {
        var month = MonthNumber(m.Groups["m"].Value);
        if (!int.TryParse(m.Groups["d"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var day))
        {
            return null;
        }

        if (m.Groups["y"].Success)
        {
            var year = int.Parse(m.Groups["y"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
            return Make(year, month, day);
        }

        if (published is not { } p)
        {
            return null;
        }

        var date = Make(p.Year, month, day);
        return date is { } d && d > p ? Make(p.Year - 1, month, day) : date;
    }

    private static DateOnly? NumericDate(Match m)
    {
        var year = int.Parse(m.Groups["y"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
        var month = int.Parse(m.Groups["mo"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
        var day = int.Parse(m.Groups["d"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
        return Make(year, month, day);
    }

    private static DateOnly? WeekdayDate(Match m, DateOnly? published)
    {
        if (published is not { } p)
        {
            return null;
        }

        var target = Enum.Parse<DayOfWeek>(m.Groups["w"].Value);
        var back = ((int)p.DayOfWeek - (int)target + 7) % 7;
        if (back == 0 && m.Groups["last"].Success)
        {
            back = 7;
        }

        return Shift(p, -back);
    }

    private static DateOnly? RelativeDate(Match m, DateOnly? published, DateOnly? lastDate)
    {
        if (m.Groups["today"].Success)
        {
            return published;
        }

        if (m.Groups["yesterday"].Success)
        {
            return Shift(published, -1);
        }

        if (m.Groups["lastweek"].Success)
        {
            return Shift(published, -7);
        }

        if (m.Groups["next"].Success)
        {
            return Shift(lastDate, 1);
        }

        if (m.Groups["prev"].Success)
        {
            return Shift(lastDate, -1);
        }

        var n = Array.FindIndex(SmallNumbers, w => string.Equals(w, m.Groups["n"].Value, StringComparison.OrdinalIgnoreCase));
        if (n < 0 && !int.TryParse(m.Groups["n"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out n))
        {
            return null;
        }

        var days = m.Groups["unit"].Value.StartsWith("week", StringComparison.OrdinalIgnoreCase) ? n * 7 : n;
        var dir = m.Groups["dir"].Value;
        if (string.Equals(dir, "ago", StringComparison.OrdinalIgnoreCase))
        {
            return Shift(published, -days);
        }

        var forward = string.Equals(dir, "later", StringComparison.OrdinalIgnoreCase) || string.Equals(dir, "after", StringComparison.OrdinalIgnoreCase);
        return Shift(lastDate, forward ? days : -days);
    }

    private static int MonthNumber(string name) => name[..3] switch
    {
        "Jan" => 1, "Feb" => 2, "Mar" => 3, "Apr" => 4, "May" => 5, "Jun" => 6,
        "Jul" => 7, "Aug" => 8, "Sep" => 9, "Oct" => 10, "Nov" => 11, _ => 12,
    };

    // A page may claim any publication date (0001-01-01 included): a date that would leave the
    // calendar is no date, not an exception.
    private static DateOnly? Make(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    private static DateOnly? Shift(DateOnly? date, int days) =>
        date is { } d && d.DayNumber + (long)days is var n && n >= DateOnly.MinValue.DayNumber && n <= DateOnly.MaxValue.DayNumber
            ? DateOnly.FromDayNumber((int)n)
            : null;
}
