using System.Globalization;
using Whereabouts.Domain;

namespace Whereabouts.Application.Demo;

/// <summary>
/// Invents the demo's legal cases and family notifications from the invented people: the families'
/// requests to the European Court of Human Rights for interim measures in December 2020, an
/// application that followed, and criminal trials in the detaining state of men captured in
/// November 2021. Dates of trials and sentences are read from the people's own fate histories, so
/// a dossier's cases and its timeline agree.
/// </summary>
/// <remarks>Every number, court record and name of counsel here is invented and says so; the demo
/// application numbers start with "DEMO-" so that none can be mistaken for a real one.</remarks>
internal sealed class DemoLegalCases
{
    private const string InventedCounselA = "Counsel A. Demoyan (invented)";
    private const string InventedCounselB = "Counsel L. Samplyan (invented)";
    private const string Strasbourg = "European Court of Human Rights";
    private const string TrialCourt = "Military court of the detaining state (invented record)";

    private readonly DemoSources _sources;
    private readonly Dictionary<Guid, Person> _people;
    private readonly List<LegalCase> _cases = [];
    private readonly List<FamilyNotification> _notifications = [];

    public DemoLegalCases(DemoSources sources, IReadOnlyList<Person> people)
    {
        _sources = sources;
        _people = people.ToDictionary(p => p.Id);
        AddRequestForWarCaptives();
        AddRequestForHinTagher();
        AddApplicationForHinTagher();
        for (var i = 11; i <= 13; i++)
        {
            AddTrial(i);
        }

        AddNotifications();
    }

    public IReadOnlyList<LegalCase> Cases => _cases;

    public IReadOnlyList<FamilyNotification> Notifications => _notifications;

    // About half of the 44 men flown home on 14 December 2020 were named in the families' requests
    // (the even-numbered war captives, whose histories cite the request); the exchange ended it.
    private void AddRequestForWarCaptives()
    {
        var people = Enumerable.Range(1, 22).Select(i => Person("person/war-captive", i * 2)).ToList();
        var request = Case("legal/echr-interim-war-captives", new LegalCaseDetails(
            "Request for interim measures for servicemen held since the war (invented)",
            ForumKind.EuropeanCourtOfHumanRights, Strasbourg, "DEMO-IM-2020-001 (invented)", LegalCaseKind.InterimMeasuresRequest,
            PartialDate.OfDay(2020, 12, 1), people, [InventedCounselA, InventedCounselB], null, null, LegalCaseStatus.Closed,
            [_sources.EchrApplications.Id],
            "Families asked the Court to require information on where the men were held and on their health.", DetainingParty: DemoParties.Azerbaijani));
        Step(request, "filed", PartialDate.OfDay(2020, 12, 1), ProceedingKind.Filing,
            "Request lodged on behalf of the families, with the captives' names and the evidence of their capture.", _sources.EchrApplications);
        Step(request, "indicated", PartialDate.OfDay(2020, 12, 3), ProceedingKind.Decision,
            "The Court indicated interim measures and asked the respondent government for information on each man's detention and health within a week.",
            _sources.EchrApplications);
        Step(request, "returned", PartialDate.OfDay(2020, 12, 15), ProceedingKind.Other,
            "Counsel informed the Court that the men named had been returned in the exchange of 14 December 2020.", _sources.FlightManifest2020);
    }

    // Hin Tagher and Khtsabert: the captives of 12–13 December 2020 still held after the exchange.
    private void AddRequestForHinTagher()
    {
        var people = Enumerable.Range(1, 12).Select(i => Person("person/hin-tagher", i)).ToList();
        var request = Case("legal/echr-interim-hin-tagher", new LegalCaseDetails(
            "Request for interim measures for servicemen captured at Hin Tagher and Khtsabert (invented)",
            ForumKind.EuropeanCourtOfHumanRights, Strasbourg, "DEMO-IM-2020-002 (invented)", LegalCaseKind.InterimMeasuresRequest,
            PartialDate.OfDay(2020, 12, 17), people, [InventedCounselA], null, null, LegalCaseStatus.Granted,
            [_sources.EchrApplications.Id, _sources.DetainingSideList2020.Id],
            "Lodged after the fighting of 11–13 December 2020; the men were not among those returned on the 14th.", DetainingParty: DemoParties.Azerbaijani));
        Step(request, "filed", PartialDate.OfDay(2020, 12, 17), ProceedingKind.Filing,
            "Urgent request lodged for twelve servicemen shown as captives on the detaining side's list.", _sources.EchrApplications);
        Step(request, "indicated", PartialDate.OfDay(2020, 12, 22), ProceedingKind.Decision,
            "Interim measures indicated: the respondent government is to ensure the men's safety and medical care and to report on their whereabouts.",
            _sources.EchrApplications);
        Step(request, "reply", PartialDate.OfMonth(2021, 1), ProceedingKind.Communication,
            "The government's reply named the men as held but gave no place of detention for four of them.", _sources.DetainingSideReplies);
    }

    private void AddApplicationForHinTagher()
    {
        var people = Enumerable.Range(1, 4).Select(i => Person("person/hin-tagher", i)).ToList();
        var application = Case("legal/echr-application-hin-tagher", new LegalCaseDetails(
            "Application on the detention of four servicemen captured at Khtsabert and Hin Tagher (invented)",
            ForumKind.EuropeanCourtOfHumanRights, Strasbourg, "DEMO-00004/21 (invented)", LegalCaseKind.Application,
            PartialDate.OfMonth(2021, 3), people, [InventedCounselB], null, null, LegalCaseStatus.Communicated,
            [_sources.EchrApplications.Id], DetainingParty: DemoParties.Azerbaijani));
        Step(application, "filed", PartialDate.OfMonth(2021, 3), ProceedingKind.Filing,
            "Application lodged, complaining of the men's continued detention after the ceasefire.", _sources.EchrApplications);
        Step(application, "communicated", PartialDate.OfMonth(2021, 9), ProceedingKind.Communication,
            "The Court gave notice of the application to the respondent government with questions on the legal basis of the detention.",
            _sources.EchrApplications);
    }

    // Trials of men captured on 16 November 2021 and still held; dates and sentences from their fate histories.
    private void AddTrial(int number)
    {
        var defendant = Person("person/clashes-2021", number);
        var person = _people[defendant];
        var onTrial = person.FateAssertions.First(a => a.Status == FateStatus.OnTrial);
        var sentenced = person.FateAssertions.First(a => a.Status == FateStatus.Sentenced);
        var sentence = sentenced.Note ?? "Sentence not recorded (invented).";
        var key = Key("legal/trial-2021", number);
        var trial = Case(key, new LegalCaseDetails(
            $"Criminal trial of {person.PrimaryName.FullName} (invented)",
            ForumKind.NationalCourt, TrialCourt,
            string.Create(CultureInfo.InvariantCulture, $"DEMO-T-2022-{number:D3} (invented)"), LegalCaseKind.CriminalTrial,
            onTrial.AsOf, [defendant], ["Court-appointed defender (invented)"],
            ["Illegal crossing of the state border (invented charge)", "Illegal carrying of weapons (invented charge)"],
            sentence, LegalCaseStatus.Sentenced, [_sources.CourtRecords.Id],
            "Tried as a \"saboteur\" under the detaining state's criminal code, as the men still held after December 2021 were.", DetainingParty: DemoParties.Azerbaijani));
        Step(trial, "hearing", onTrial.AsOf, ProceedingKind.Hearing,
            "First hearing: the charges were read; the defendant was represented by a court-appointed lawyer.", _sources.CourtRecords);
        Step(trial, "verdict", sentenced.AsOf, ProceedingKind.Decision,
            "Verdict: guilty on both charges. " + sentence, _sources.CourtRecords);
    }

    private void AddNotifications()
    {
        Notify("notification/hin-tagher/1", Person("person/hin-tagher", 1), PartialDate.OfDay(2020, 12, 28), FateStatus.CaptureConfirmed,
            "Told that the ICRC had registered him as a prisoner and would ask to visit him.",
            "ICRC delegation (invented record)", "mother", _sources.IcrcList2020);
        Notify("notification/hin-tagher/58", Person("person/hin-tagher", 58), PartialDate.OfDay(2020, 12, 16), FateStatus.Deceased,
            "Told by his commander that a soldier of his unit saw him killed; no body had been recovered.",
            "Commander of his unit (invented record)", "father", _sources.FellowSoldiers);
        Notify("notification/clashes-2021/11", Person("person/clashes-2021", 11), PartialDate.OfMonth(2022, 7), FateStatus.Sentenced,
            "Told of the verdict and the sentence, and that a lawyer was preparing an appeal.",
            "Office of the Human Rights Defender (invented record)", "brother", _sources.CourtRecords);
    }

    private LegalCase Case(string key, LegalCaseDetails details)
    {
        var legalCase = new LegalCase(DemoIds.For(key), details);
        _cases.Add(legalCase);
        return legalCase;
    }

    private static void Step(LegalCase legalCase, string name, PartialDate on, ProceedingKind kind, string description, Source source) =>
        legalCase.AddProceeding(new Proceeding(
            DemoIds.For($"proceeding/{legalCase.Id}/{name}"), on, kind, description, DemoCatalog.RecordedBy, DemoCatalog.RecordedAt, source.Id));

    private void Notify(string key, Guid personId, PartialDate on, FateStatus status, string message, string toldBy, string recipient, Source source) =>
        _notifications.Add(new FamilyNotification(
            DemoIds.For(key), personId, on, status, message, toldBy, recipient, [source.Id], DemoCatalog.RecordedBy, DemoCatalog.RecordedAt));

    private Guid Person(string group, int number)
    {
        var id = DemoIds.For(Key(group, number));
        return _people.ContainsKey(id) ? id : throw new InvalidOperationException($"The demo has no {group}/{number}.");
    }

    private static string Key(string group, int number) => string.Create(CultureInfo.InvariantCulture, $"{group}/{number}");
}
