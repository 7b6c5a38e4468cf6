using System.Globalization;
using Whereabouts.Tables.Reading;
using Whereabouts.Engines;

namespace Whereabouts.Tables.Layout;

/// <summary>
/// Reads a date cell the ways lists write dates: a workbook's date cell; an Excel serial number
/// (1900 date system) in a number cell or as digits; <c>DD.MM.YYYY</c>, <c>D.M.YYYY</c>, with
/// <c>/</c> or <c>-</c> as well as dots (always day first: the lists we read never write the month
/// first); <c>YYYY-MM-DD</c>; <c>MM.YYYY</c> or <c>YYYY-MM</c>; a year alone, or with the word a
/// language puts after it (<c>1998 г.</c>, <c>1998 թ.</c>, <c>1998-ci il</c>); a time of day
/// after the date, as a spreadsheet's text export writes it, is ignored. A registry date lies
/// between 1900 and today: anything else is a problem quoting the value.
/// </summary>
internal static class ListDates
{
    /// <summary>The earliest year a date read may have.</summary>
    public const int FirstYear = 1900;

    // Excel's 1900 system counts days from 1899-12-30 for every date after February 1900 (it
    // believes in a 29 February 1900). Numbers below 10,000 (before 1927) are not taken as
    // serials: a four-digit number is a year, and smaller ones are row numbers, not dates.
    private const double FirstSerial = 10_000;
    private const double LastSerial = 2_958_465;
    private static readonly DateOnly SerialZero = new(1899, 12, 30);

    /// <summary>
    /// The date the cell states; null, with <paramref name="problem"/> null, for an empty cell;
    /// null with <paramref name="problem"/> saying why (and quoting the value) when the cell holds
    /// no date, a date that does not exist, or one before 1900 or after <paramref name="today"/>.
    /// </summary>
    public static ListDate? Read(TableCell cell, DateOnly today, out EngineText? problem)
    {
        problem = null;
        ListDate? date;
        if (cell.Date is { } day)
        {
            date = new ListDate(day.Year, day.Month, day.Day, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        else if (cell.Number is { } number)
        {
            date = FromNumber(number);
        }
        else if (cell.Text.Length == 0)
        {
            return null;
        }
        else
        {
            date = FromText(cell.Text, out var impossible);
            if (impossible)
            {
                var text = cell.Text;
                problem = EngineText.Of($"'{text}' is not a date that exists");
                return null;
            }
        }

        var written = cell.Text.Length > 0 ? cell.Text : date?.Written ?? string.Empty;
        if (date is null)
        {
            var quoted = Quote(written);
            problem = EngineText.Of($"'{quoted}' is not a date (dates are read as DD.MM.YYYY, YYYY-MM-DD, MM.YYYY, a year, or a spreadsheet date)");
            return null;
        }

        if (date.Year < FirstYear)
        {
            problem = EngineText.Of($"'{written}' is before {FirstYear}");
            return null;
        }

        if (date.Year > today.Year
            || (date.Year == today.Year && date.Month is { } month && (month > today.Month || (month == today.Month && date.Day > today.Day))))
        {
            problem = EngineText.Of($"'{written}' is in the future");
            return null;
        }

        return date;
    }

    private static string Quote(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 60), "…");

    private static ListDate? FromNumber(double number)
    {
        if (double.IsNaN(number) || double.IsInfinity(number))
        {
            return null;
        }

        if (number == Math.Floor(number) && number is >= 1000 and <= 9999)
        {
            var year = (int)number;
            return new ListDate(year, null, null, year.ToString(CultureInfo.InvariantCulture));
        }

        if (number is < FirstSerial or > LastSerial)
        {
            return null;
        }

        // A fraction is the time of day, which a date column does not keep.
        var day = SerialZero.AddDays((int)Math.Floor(number));
        return new ListDate(day.Year, day.Month, day.Day, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    private static ListDate? FromText(string text, out bool impossible)
    {
        impossible = false;
        if (text.Length > 80)
        {
            return null;
        }

        var span = WithoutTime(text.AsSpan().Trim());

        // The date is the leading run of digits and separators; what follows may only be a year word.
        var end = 0;
        while (end < span.Length && (char.IsAsciiDigit(span[end]) || span[end] is '.' or '/' or '-'))
        {
            end++;
        }

        var rest = span[end..].ToString();
        var numbers = span[..end].TrimEnd(".-/");
        if (numbers.Length == 0 || (rest.Length > 0 && !ListVocabulary.YearWords.Contains(ListText.Normalize(rest))))
        {
            return null;
        }

        Span<Range> ranges = stackalloc Range[4];
        var count = numbers.SplitAny(ranges, "./-");
        if (count > 3)
        {
            return null;
        }

        Span<int> values = stackalloc int[3];
        Span<int> lengths = stackalloc int[3];
        for (var i = 0; i < count; i++)
        {
            var group = numbers[ranges[i]];
            if (group.Length is 0 or > 7 || !int.TryParse(group, NumberStyles.None, CultureInfo.InvariantCulture, out values[i]))
            {
                return null;
            }

            lengths[i] = group.Length;
        }

        var written = text.Trim();
        switch (count)
        {
            case 1 when lengths[0] == 4:
                return new ListDate(values[0], null, null, written);
            case 1 when rest.Length == 0:
                return FromNumber(values[0]);
            case 2 when lengths[1] > 0 && values[1] == 0 && lengths[0] >= 5 && rest.Length == 0:
                // "31048.0": a serial number as a spreadsheet's text export writes it.
                return FromNumber(values[0]);
            case 2 when lengths[0] <= 2 && lengths[1] == 4:
                return Month(values[1], values[0], written, out impossible);
            case 2 when lengths[0] == 4 && lengths[1] <= 2:
                return Month(values[0], values[1], written, out impossible);
            case 3 when lengths[0] == 4 && lengths[1] <= 2 && lengths[2] <= 2:
                return Day(values[0], values[1], values[2], written, out impossible);
            case 3 when lengths[2] == 4 && lengths[0] <= 2 && lengths[1] <= 2:
                return Day(values[2], values[1], values[0], written, out impossible);
            default:
                return null;
        }
    }

    private static ListDate? Month(int year, int month, string written, out bool impossible)
    {
        impossible = month is < 1 or > 12;
        return impossible ? null : new ListDate(year, month, null, written);
    }

    private static ListDate? Day(int year, int month, int day, string written, out bool impossible)
    {
        impossible = year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month);
        return impossible ? null : new ListDate(year, month, day, written);
    }

    /// <summary>The text without a trailing time of day ("12.05.1985 0:00:00", "1985-05-12 00:00").</summary>
    private static ReadOnlySpan<char> WithoutTime(ReadOnlySpan<char> text)
    {
        var space = text.LastIndexOf(' ');
        if (space <= 0)
        {
            return text;
        }

        var time = text[(space + 1)..];
        if (time.Length is < 4 or > 12 || !time.Contains(':'))
        {
            return text;
        }

        foreach (var c in time)
        {
            if (!char.IsAsciiDigit(c) && c is not ':' and not '.')
            {
                return text;
            }
        }

        return text[..space].TrimEnd();
    }
}
