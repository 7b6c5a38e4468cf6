using System.Globalization;

namespace Whereabouts.Linkage.Comparisons;

/// <summary>
/// Birth dates, full or partial: exact; day and month swapped (a US/European mix-up); same year and
/// month (a typo in the day); the same year where one side gives only the year (all it says
/// agrees); same year with another month or day; one year apart (conscripts' ages are often given,
/// not dates); different. Text that is not a date is compared as equal or different.
/// </summary>
internal sealed class DateComparison : FieldComparison
{
    private static readonly string[] LevelNames = ["missing", "exact", "day_month_swapped", "same_year_month", "same_year_only_year_known", "same_year", "one_year_apart", "different"];

    public override IReadOnlyList<string> Levels => LevelNames;

    public override void Prepare(IReadOnlyList<string?> raw, PreparedField target)
    {
        for (var i = 0; i < raw.Count; i++)
        {
            var text = raw[i]?.Trim();
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }

            if (TryParse(text, out var year, out var month, out var day))
            {
                target.Year[i] = year;
                target.Month[i] = month;
                target.Day[i] = day;
                target.Key[i] = target.Value[i] = day > 0
                    ? string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}-{day:D2}")
                    : month > 0 ? string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}")
                    : year.ToString("D4", CultureInfo.InvariantCulture);
            }
            else
            {
                target.Key[i] = target.Value[i] = text.ToLowerInvariant();
            }
        }
    }

    protected override int CompareUnequal(PreparedField left, int i, PreparedField right, int j, string a, string b)
    {
        int y1 = left.Year[i], y2 = right.Year[j];
        if (y1 == 0 || y2 == 0)
        {
            return 7;
        }

        int m1 = left.Month[i], m2 = right.Month[j], d1 = left.Day[i], d2 = right.Day[j];
        if (y1 == y2)
        {
            if (d1 > 0 && d2 > 0 && d1 == m2 && d2 == m1)
            {
                return 2;
            }

            if (m1 > 0 && m1 == m2)
            {
                return 3;
            }

            // A year alone agreeing is all that side can say; two full dates in one year that
            // differ in month are evidence against, and EM weighs the two apart.
            return m1 == 0 || m2 == 0 ? 4 : 5;
        }

        return Math.Abs(y1 - y2) == 1 ? 6 : 7;
    }

    /// <summary>
    /// Reads YYYY, YYYY-MM, YYYY-MM-DD, DD.MM.YYYY and YYYYMMDD (an optional leading ~ is ignored);
    /// unknown parts are 0. A day or month out of range makes the text not a date.
    /// </summary>
    internal static bool TryParse(string text, out int year, out int month, out int day)
    {
        year = month = day = 0;
        var s = text.AsSpan().Trim().TrimStart('~');
        if (s.Length == 8 && IsDigits(s))
        {
            return Valid(Number(s[..4]), Number(s[4..6]), Number(s[6..8]), out year, out month, out day);
        }

        if (s.Length == 4 && IsDigits(s))
        {
            return Valid(Number(s), 0, 0, out year, out month, out day);
        }

        if (s.Length == 7 && s[4] == '-' && IsDigits(s[..4]) && IsDigits(s[5..]))
        {
            return Valid(Number(s[..4]), Number(s[5..]), 0, out year, out month, out day);
        }

        if (s.Length == 10 && s[4] == '-' && s[7] == '-' && IsDigits(s[..4]) && IsDigits(s[5..7]) && IsDigits(s[8..]))
        {
            return Valid(Number(s[..4]), Number(s[5..7]), Number(s[8..]), out year, out month, out day);
        }

        if (s.Length == 10 && s[2] == '.' && s[5] == '.' && IsDigits(s[..2]) && IsDigits(s[3..5]) && IsDigits(s[6..]))
        {
            return Valid(Number(s[6..]), Number(s[3..5]), Number(s[..2]), out year, out month, out day);
        }

        return false;
    }

    private static bool Valid(int y, int m, int d, out int year, out int month, out int day)
    {
        year = month = day = 0;
        if (y is < 1 or > 9999 || m is < 0 or > 12 || (m == 0 && d != 0) || d < 0 || (d > 0 && d > DateTime.DaysInMonth(y, m)))
        {
            return false;
        }

        (year, month, day) = (y, m, d);
        return true;
    }

    private static bool IsDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static int Number(ReadOnlySpan<char> s) => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);
}
