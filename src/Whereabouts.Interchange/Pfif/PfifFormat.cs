using System.Globalization;
using System.Text.RegularExpressions;

namespace Whereabouts.Interchange.Pfif;

/// <summary>The datatypes of the PFIF 1.4 schema: how each kind of value is checked, parsed and written.</summary>
internal static partial class PfifFormat
{
    public const string TimeFormat = "yyyy-MM-ddTHH:mm:ssZ";

    // The schema's patterns. Its '.' matches any character but a line break, so these do too.
    [GeneratedRegex(@"\A[^\r\n]+/[^\r\n]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex RecordIdPattern();

    [GeneratedRegex(@"\A[^\r\n]+@[^\r\n]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"\A[\-+()\d ]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"\A(?<main>[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2})(\.(?<fraction>[0-9]+))?Z\z", RegexOptions.CultureInvariant)]
    private static partial Regex TimePattern();

    [GeneratedRegex(@"\A[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex ApproximateDatePattern();

    [GeneratedRegex(@"\A[0-9]+(-[0-9]+)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex AgePattern();

    [GeneratedRegex(@"\A[A-Z]{2}\z", RegexOptions.CultureInvariant)]
    private static partial Regex CountryPattern();

    public static bool IsRecordId(string value) => RecordIdPattern().IsMatch(value);

    public static bool IsEmail(string value) => EmailPattern().IsMatch(value);

    public static bool IsPhone(string value) => PhonePattern().IsMatch(value);

    public static bool IsAge(string value) => AgePattern().IsMatch(value);

    public static bool IsCountry(string value) => CountryPattern().IsMatch(value);

    /// <summary>True for <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c> naming a real year, month or day.</summary>
    public static bool IsApproximateDate(string value)
    {
        if (!ApproximateDatePattern().IsMatch(value))
        {
            return false;
        }

        var full = value.Length switch
        {
            4 => value + "-01-01",
            7 => value + "-01",
            _ => value,
        };
        return DateOnly.TryParseExact(full, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
    }

    /// <summary>Parses a UTC time <c>YYYY-MM-DDThh:mm:ss(.f+)Z</c>; fractions beyond 100 ns are cut off.</summary>
    public static bool TryParseTime(string value, out DateTimeOffset time)
    {
        time = default;
        var match = TimePattern().Match(value);
        if (!match.Success
            || !DateTime.TryParseExact(
                match.Groups["main"].Value,
                "yyyy-MM-ddTHH:mm:ss",
                CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal,
                out var main))
        {
            return false;
        }

        var fraction = match.Groups["fraction"].Value;
        var ticks = fraction.Length == 0 ? 0L : long.Parse(fraction.PadRight(7, '0')[..7], CultureInfo.InvariantCulture);
        time = new DateTimeOffset(DateTime.SpecifyKind(main, DateTimeKind.Utc).AddTicks(ticks), TimeSpan.Zero);
        return true;
    }

    /// <summary>Writes a time in UTC to the second, as <c>2020-12-14T09:30:00Z</c>.</summary>
    public static string FormatTime(DateTimeOffset time) =>
        time.ToUniversalTime().ToString(TimeFormat, CultureInfo.InvariantCulture);

    public static bool TryParseSex(string value, out PfifSex sex)
    {
        switch (value)
        {
            case "female":
                sex = PfifSex.Female;
                return true;
            case "male":
                sex = PfifSex.Male;
                return true;
            case "other":
                sex = PfifSex.Other;
                return true;
            default:
                sex = default;
                return false;
        }
    }

    public static string FormatSex(PfifSex sex) => sex switch
    {
        PfifSex.Female => "female",
        PfifSex.Male => "male",
        PfifSex.Other => "other",
        _ => throw new ArgumentOutOfRangeException(nameof(sex), sex, "Unknown PFIF sex."),
    };

    public static bool TryParseStatus(string value, out PfifNoteStatus status)
    {
        PfifNoteStatus? parsed = value switch
        {
            "information_sought" => PfifNoteStatus.InformationSought,
            "is_note_author" => PfifNoteStatus.IsNoteAuthor,
            "believed_alive" => PfifNoteStatus.BelievedAlive,
            "believed_missing" => PfifNoteStatus.BelievedMissing,
            "believed_dead" => PfifNoteStatus.BelievedDead,
            _ => null,
        };
        status = parsed ?? default;
        return parsed is not null;
    }

    public static string FormatStatus(PfifNoteStatus status) => status switch
    {
        PfifNoteStatus.InformationSought => "information_sought",
        PfifNoteStatus.IsNoteAuthor => "is_note_author",
        PfifNoteStatus.BelievedAlive => "believed_alive",
        PfifNoteStatus.BelievedMissing => "believed_missing",
        PfifNoteStatus.BelievedDead => "believed_dead",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown PFIF note status."),
    };

    /// <summary>The non-empty lines of a multi-line field, each trimmed.</summary>
    public static IReadOnlyList<string> Lines(string value) =>
        value.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
