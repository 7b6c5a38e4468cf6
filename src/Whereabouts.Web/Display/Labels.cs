using System.Globalization;
using System.Resources;
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

    /// <summary>A date known to a year, a month or a day, in the reader's culture ("14 Dec 2020", "Dec 2020", "2020"); "~" marks an estimate.</summary>
    public static string Of(PartialDate date)
    {
        ArgumentNullException.ThrowIfNull(date);
        var culture = CultureInfo.CurrentCulture;
        var text = date.Precision switch
        {
            DatePrecision.Day => date.StatedStart.ToString("d MMM yyyy", culture),
            DatePrecision.Month => date.StatedStart.ToString("MMM yyyy", culture),
            _ => date.Year.ToString(culture),
        };
        return date.IsApproximate ? "~" + text : text;
    }

    /// <summary>A translated text with its placeholders filled in the reader's culture.</summary>
    /// <remarks>The format is looked up per language at run time, so there is no one
    /// <see cref="System.Text.CompositeFormat"/> to cache (CA1863).</remarks>
#pragma warning disable CA1863
    public static string Format(string translated, params object?[] values) =>
        string.Format(CultureInfo.CurrentCulture, translated, values);
#pragma warning restore CA1863

    /// <summary>A moment as the reader's culture writes a day and a time, in UTC so that every reader sees the same record.</summary>
    public static string Of(DateTimeOffset moment) =>
        Format(Text("{0} UTC"), moment.UtcDateTime.ToString("d MMM yyyy HH:mm", CultureInfo.CurrentCulture));

    /// <summary>A whole number in the reader's culture ("1 234", "1,234").</summary>
    public static string Of(int number) => number.ToString("N0", CultureInfo.CurrentCulture);

    public static string Of(SourceKind kind) => kind switch
    {
        SourceKind.Other => Text("Other"),
        SourceKind.NewsArticle => Text("News article"),
        SourceKind.OfficialStatement => Text("Official statement"),
        SourceKind.IcrcCommunication => Text("ICRC communication"),
        SourceKind.List => Text("List of names"),
        SourceKind.Video => Text("Video or photograph"),
        SourceKind.FamilyReport => Text("Family's report"),
        SourceKind.CourtDocument => Text("Court document"),
        _ => kind.ToString(),
    };

    /// <summary>A source's grade on the Admiralty scale, the letter kept in every language.</summary>
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

    /// <summary>An item of information's grade on the Admiralty scale, the digit kept in every language.</summary>
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

    /// <summary>What a count claim counts, as a choice or a heading.</summary>
    public static string Of(CountCategory category) => category switch
    {
        CountCategory.Missing => Text("Missing"),
        CountCategory.Captured => Text("Captured"),
        CountCategory.Held => Text("Held"),
        CountCategory.Released => Text("Released"),
        CountCategory.Killed => Text("Killed"),
        CountCategory.Wounded => Text("Wounded"),
        CountCategory.Arrested => Text("Arrested"),
        _ => category.ToString(),
    };

    /// <summary>A stated figure with what it counts ("about 60 missing"), whole, since word order differs between languages.</summary>
    public static string Of(CountCategory category, string figure) => category switch
    {
        CountCategory.Missing => Format(Text("{0} missing"), figure),
        CountCategory.Captured => Format(Text("{0} captured"), figure),
        CountCategory.Held => Format(Text("{0} held"), figure),
        CountCategory.Released => Format(Text("{0} released"), figure),
        CountCategory.Killed => Format(Text("{0} killed"), figure),
        CountCategory.Wounded => Format(Text("{0} wounded"), figure),
        CountCategory.Arrested => Format(Text("{0} arrested"), figure),
        _ => figure + " " + category.ToString(),
    };

    public static string Of(ClaimStatus status) => status switch
    {
        ClaimStatus.Asserted => Text("Asserted"),
        ClaimStatus.Denied => Text("Denied"),
        ClaimStatus.Rumour => Text("Rumour"),
        _ => status.ToString(),
    };

    /// <summary>How a stated number is meant, as a choice in a form.</summary>
    public static string Of(CountQualifier qualifier) => qualifier switch
    {
        CountQualifier.Exact => Text("exactly"),
        CountQualifier.About => Text("about"),
        CountQualifier.AtLeast => Text("at least"),
        CountQualifier.MoreThan => Text("more than"),
        CountQualifier.FewerThan => Text("fewer than (or at most)"),
        CountQualifier.Range => Text("a range"),
        CountQualifier.Vague => Text("no number stated (vague)"),
        _ => qualifier.ToString(),
    };

    public static string Of(ExchangeTerms terms) => terms switch
    {
        ExchangeTerms.AllForAll => Text("All for all"),
        ExchangeTerms.PrisonersForPrisoners => Text("Prisoners for prisoners"),
        ExchangeTerms.PrisonersForMinefieldMaps => Text("Prisoners for minefield maps"),
        ExchangeTerms.RemainsForRemains => Text("Remains for remains"),
        ExchangeTerms.Other => Text("Other terms"),
        _ => terms.ToString(),
    };

    /// <summary>What an exchange handed over for one person, as it follows a verb ("handed over: the person").</summary>
    public static string Of(TransferKind kind) => kind switch
    {
        TransferKind.Person => Text("the person"),
        TransferKind.Remains => Text("remains"),
        _ => kind.ToString(),
    };

    public static string Of(ForumKind forum) => forum switch
    {
        ForumKind.EuropeanCourtOfHumanRights => Text("European Court of Human Rights"),
        ForumKind.NationalCourt => Text("National court"),
        ForumKind.Other => Text("Other body"),
        _ => forum.ToString(),
    };

    public static string Of(LegalCaseKind kind) => kind switch
    {
        LegalCaseKind.InterimMeasuresRequest => Text("Request for interim measures"),
        LegalCaseKind.Application => Text("Application"),
        LegalCaseKind.CriminalTrial => Text("Criminal trial"),
        LegalCaseKind.Other => Text("Other proceedings"),
        _ => kind.ToString(),
    };

    public static string Of(LegalCaseStatus status) => status switch
    {
        LegalCaseStatus.Pending => Text("Pending"),
        LegalCaseStatus.Communicated => Text("Communicated to the government"),
        LegalCaseStatus.Granted => Text("Granted"),
        LegalCaseStatus.Rejected => Text("Rejected"),
        LegalCaseStatus.Decided => Text("Decided"),
        LegalCaseStatus.Sentenced => Text("Sentenced"),
        LegalCaseStatus.Closed => Text("Closed"),
        _ => status.ToString(),
    };

    public static string Of(ProceedingKind kind) => kind switch
    {
        ProceedingKind.Filing => Text("Filing"),
        ProceedingKind.Hearing => Text("Hearing"),
        ProceedingKind.Decision => Text("Decision"),
        ProceedingKind.Communication => Text("Communication"),
        ProceedingKind.Other => Text("Other"),
        _ => kind.ToString(),
    };

    public static string Of(PlaceKind kind) => kind switch
    {
        PlaceKind.Other => Text("Other"),
        PlaceKind.Country => Text("Country"),
        PlaceKind.Region => Text("Region"),
        PlaceKind.Town => Text("Town or city"),
        PlaceKind.Village => Text("Village"),
        _ => kind.ToString(),
    };

    public static string Of(NameScript script) => script switch
    {
        NameScript.Latin => Text("Latin"),
        NameScript.Cyrillic => Text("Cyrillic"),
        NameScript.Armenian => Text("Armenian"),
        _ => script.ToString(),
    };
}
