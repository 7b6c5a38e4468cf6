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

    /// <summary>
    /// The party <paramref name="side"/> (a slug) by its name in the reader's language, English where
    /// it has none; "side not recorded" for null (see <see cref="PartyNames"/>).
    /// </summary>
    public static string Of(string? side) =>
        side is null ? Text("Side not recorded") : PartyNames.List.NameOf(side, CultureInfo.CurrentUICulture)!;

    /// <summary>The parties as the choices of a select list, named in the reader's language, by slug.</summary>
    public static IEnumerable<(string Slug, string Name)> Parties() =>
        PartyNames.List.Select(p => (p.Slug, p.NameIn(CultureInfo.CurrentUICulture)));

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

    /// <summary>A date as precisely as it is known, in the reader's culture (see <see cref="Date(PartialDate)"/>).</summary>
    public static string Of(PartialDate date) => Date(date);

    /// <summary>A moment with its time of day in UTC (see <see cref="Time"/>).</summary>
    public static string Of(DateTimeOffset moment) => Time(moment);

    /// <summary>A whole number in the reader's culture ("1 234", "1,234").</summary>
    public static string Of(int number) => Number(number);

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
        CountCategory.Missing => Format("{0} missing", figure),
        CountCategory.Captured => Format("{0} captured", figure),
        CountCategory.Held => Format("{0} held", figure),
        CountCategory.Released => Format("{0} released", figure),
        CountCategory.Killed => Format("{0} killed", figure),
        CountCategory.Wounded => Format("{0} wounded", figure),
        CountCategory.Arrested => Format("{0} arrested", figure),
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

    /// <summary>The label of any enum value that has one (<see cref="Of(FateStatus)"/> and its siblings); its name otherwise.</summary>
    public static string OfAny(Enum value) => value switch
    {
        FateStatus status => Of(status),
        SourceKind kind => Of(kind),
        Reliability reliability => Of(reliability),
        Credibility credibility => Of(credibility),
        CountCategory category => Of(category),
        ClaimStatus status => Of(status),
        CountQualifier qualifier => Of(qualifier),
        ExchangeTerms terms => Of(terms),
        TransferKind kind => Of(kind),
        ForumKind forum => Of(forum),
        LegalCaseKind kind => Of(kind),
        LegalCaseStatus status => Of(status),
        ProceedingKind kind => Of(kind),
        PlaceKind kind => Of(kind),
        Sex sex => Of(sex),
        ServiceRole role => Of(role),
        NameScript script => Of(script),
        VerificationState state => VerificationLabels.Of(state),
        _ => value.ToString(),
    };

    /// <summary>A day in the reader's culture, e.g. "12 Jan 2021".</summary>
    public static string Date(DateOnly day) => day.ToString("d MMM yyyy", CultureInfo.CurrentCulture);

    /// <summary>A day written out in the reader's culture, e.g. "16 December 2020": for headings a court file may quote.</summary>
    public static string LongDate(DateOnly day) => day.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

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
