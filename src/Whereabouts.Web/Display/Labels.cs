using System.Globalization;
using System.Resources;
using System.Text;
using Whereabouts.Domain;

namespace Whereabouts.Web.Display;

/// <summary>
/// The words the pages use for the domain's values, in the reader's language. A new enum member
/// gets its English label here and its translations in <c>Resources/SharedResource.*.resx</c>;
/// the localization tests fail until every language has it.
/// </summary>
/// <remarks>Static, like a generated resource class, because the labels are needed in every view
/// and helper; the language is the request's UI culture, which request localization sets.</remarks>
internal static class Labels
{
    private static readonly ResourceManager Resources = new(
        "Whereabouts.Web.Resources.SharedResource", typeof(SharedResource).Assembly);

    /// <summary>The shared resource <paramref name="english"/> in the current UI culture; the English text itself when no translation exists.</summary>
    public static string Text(string english) =>
        Resources.GetString(english, CultureInfo.CurrentUICulture) ?? english;

    public static string Of(Side side) => side switch
    {
        Side.Armenian => Text("Armenian side"),
        Side.Azerbaijani => Text("Azerbaijani side"),
        Side.Unknown => Text("Side not recorded"),
        _ => side.ToString(),
    };

    public static string Of(FateStatus status) => status switch
    {
        FateStatus.Missing => Text("Missing"),
        FateStatus.ReportedCaptured => Text("Reported captured"),
        FateStatus.CaptureConfirmed => Text("Capture confirmed"),
        FateStatus.Detained => Text("Detained"),
        FateStatus.OnTrial => Text("On trial"),
        FateStatus.Sentenced => Text("Sentenced"),
        FateStatus.Released => Text("Released"),
        FateStatus.Repatriated => Text("Repatriated"),
        FateStatus.FoundAlive => Text("Found alive"),
        FateStatus.Deceased => Text("Deceased"),
        FateStatus.RemainsRecovered => Text("Remains recovered"),
        FateStatus.RemainsIdentified => Text("Remains identified"),
        _ => status.ToString(),
    };

    public static string Of(FateStatus? status) => status is { } s ? Of(s) : Text("No fate recorded");

    public static string Of(Credibility credibility) => credibility switch
    {
        Credibility.Confirmed => Text("1 — confirmed by other independent sources"),
        Credibility.ProbablyTrue => Text("2 — probably true"),
        Credibility.PossiblyTrue => Text("3 — possibly true"),
        Credibility.DoubtfullyTrue => Text("4 — doubtful"),
        Credibility.Improbable => Text("5 — improbable"),
        Credibility.CannotBeJudged => Text("6 — cannot be judged"),
        _ => ((int)credibility).ToString(CultureInfo.CurrentCulture),
    };

    public static string Of(Reliability reliability) => reliability switch
    {
        Reliability.A => Text("A — completely reliable"),
        Reliability.B => Text("B — usually reliable"),
        Reliability.C => Text("C — fairly reliable"),
        Reliability.D => Text("D — not usually reliable"),
        Reliability.E => Text("E — unreliable"),
        Reliability.F => Text("F — cannot be judged"),
        _ => reliability.ToString(),
    };

    public static string Of(Sex sex) => sex switch
    {
        Sex.Male => Text("Male"),
        Sex.Female => Text("Female"),
        Sex.Unknown => Text("Not recorded"),
        _ => sex.ToString(),
    };

    public static string Of(ServiceRole role) => role switch
    {
        ServiceRole.Soldier => Text("Soldier"),
        ServiceRole.Civilian => Text("Civilian"),
        ServiceRole.Unknown => Text("Not recorded"),
        _ => role.ToString(),
    };

    public static string Of(NameScript script) => script switch
    {
        NameScript.Latin => Text("Latin script"),
        NameScript.Cyrillic => Text("Cyrillic script"),
        NameScript.Armenian => Text("Armenian script"),
        _ => script.ToString(),
    };

    /// <summary>A day in the reader's culture, e.g. "12 Jan 2021".</summary>
    public static string Date(DateOnly day) => day.ToString("d MMM yyyy", CultureInfo.CurrentCulture);

    /// <summary>A moment as the day it fell on in UTC, in the reader's culture (the registry's times are UTC).</summary>
    public static string Date(DateTimeOffset moment) => Date(DateOnly.FromDateTime(moment.UtcDateTime));

    /// <summary>A moment with its time of day in UTC, in the reader's culture, e.g. "12 Jan 2021, 14:05 UTC".</summary>
    public static string Time(DateTimeOffset moment) =>
        moment.UtcDateTime.ToString("d MMM yyyy, HH:mm", CultureInfo.CurrentCulture) + " UTC";

    /// <summary>
    /// A date known to a year, a month or a day, as precisely as it is known ("2020", "Dec 2020",
    /// "12 Dec 2020"), marked when it is approximate.
    /// </summary>
    public static string Date(PartialDate date)
    {
        ArgumentNullException.ThrowIfNull(date);
        var text = date.Precision switch
        {
            DatePrecision.Day => Date(date.StatedStart),
            DatePrecision.Month => date.StatedStart.ToString("MMM yyyy", CultureInfo.CurrentCulture),
            _ => date.Year.ToString(CultureInfo.CurrentCulture),
        };
        return date.IsApproximate ? Format("about {0}", text) : text;
    }

    /// <summary>The shared resource <paramref name="english"/>, translated, with <paramref name="values"/> in its placeholders, in the reader's culture.</summary>
    public static string Format(string english, params object?[] values) =>
        string.Format(CultureInfo.CurrentCulture, CompositeFormat.Parse(Text(english)), values);

    /// <summary>A count in the reader's culture.</summary>
    public static string Number(int count) => count.ToString("N0", CultureInfo.CurrentCulture);
}
