using System.Globalization;
using Whereabouts.Domain;

namespace Whereabouts.Application.Demo;

/// <summary>
/// Invents what the detaining side did for the demo's captives (all held by <c>azerbaijani</c>):
/// some captures notified within days, some weeks late, most never; a few ICRC visits; two capture
/// cards and a message; and one notification recorded in error and retracted. Every event rests on
/// an invented demo source and says "invented" in who did it.
/// </summary>
/// <remarks>
/// <para>Captured at Hin Tagher and Khtsabert on 12–13 December 2020 (the dates are the people's own
/// fate histories): nos. 1–6 notified on 15 December (2–3 days), nos. 7–10 on 20 January 2021 and
/// 11–12 on 10 February 2021 (late), nos. 13–20 and the contested 58–62 never (no. 13's one
/// notification was retracted). Visited: nos. 1–4 and 7; nos. 1 and 2 twice. Capture cards from
/// nos. 1 and 3; a message from no. 2.</para>
/// <para>Captured on 16 November 2021: nos. 1–10 notified on 18 November, nos. 11–13 on 20 December
/// (late), the rest never; nos. 1–5 visited before their return, no. 11 during his trial.</para>
/// <para>Only the events of nos. 1–12 of Hin Tagher name the detaining party; the others leave it
/// to the legal cases or to the registry's two parties (docs/adr/0026), as real records often do.</para>
/// </remarks>
internal sealed class DemoCaptivity
{
    private const string Bureau = "Information bureau of the detaining side (invented record)";
    private const string IcrcDelegation = "Delegates of the ICRC (invented record)";
    private const string PlaceOfDetention = "Place of detention in Baku (invented record)";

    private readonly DemoSources _sources;
    private readonly Dictionary<Guid, Person> _people;
    private readonly List<CaptivityEvent> _events = [];

    public DemoCaptivity(DemoSources sources, IReadOnlyList<Person> people)
    {
        _sources = sources;
        _people = people.ToDictionary(p => p.Id);
        AddHinTagher();
        AddClashes2021();
    }

    public IReadOnlyList<CaptivityEvent> Events => _events;

    private void AddHinTagher()
    {
        const string group = "person/hin-tagher";
        for (var i = 1; i <= 12; i++)
        {
            var notified = i <= 6 ? PartialDate.OfDay(2020, 12, 15) : i <= 10 ? PartialDate.OfDay(2021, 1, 20) : PartialDate.OfDay(2021, 2, 10);
            var source = i <= 6 ? _sources.DetainingSideList2020 : _sources.DetainingSideReplies;
            Add(group, i, "notified", CaptivityEventKind.CaptureNotified, notified, DemoParties.Azerbaijani, null, Bureau, source,
                i <= 6 ? "Named on the list the detaining side sent to the ICRC." : "Named for the first time in a reply to the ICRC's enquiry.");
            Add(group, i, "icrc", CaptivityEventKind.CaptureConfirmedByIcrc, ConfirmedOn(group, i), DemoParties.Azerbaijani, null, IcrcDelegation,
                _sources.IcrcList2020, null);
        }

        foreach (var i in new[] { 1, 2, 3, 4 })
        {
            Add(group, i, "visit-1", CaptivityEventKind.Visit, PartialDate.OfDay(2021, 1, 15), DemoParties.Azerbaijani, PlaceOfDetention, IcrcDelegation,
                _sources.IcrcList2020, "Seen in private by a delegate and a doctor.");
        }

        foreach (var i in new[] { 1, 2 })
        {
            Add(group, i, "visit-2", CaptivityEventKind.Visit, PartialDate.OfDay(2021, 6, 10), DemoParties.Azerbaijani, PlaceOfDetention, IcrcDelegation,
                _sources.IcrcList2020, null);
        }

        Add(group, 7, "visit-1", CaptivityEventKind.Visit, PartialDate.OfDay(2021, 3, 2), DemoParties.Azerbaijani, PlaceOfDetention, IcrcDelegation,
            _sources.IcrcList2020, null);
        Add(group, 1, "card", CaptivityEventKind.CaptureCard, PartialDate.OfDay(2020, 12, 28), null, null, IcrcDelegation, _sources.FamilyReportsHadrut,
            "The card reached his mother through the ICRC.");
        Add(group, 3, "card", CaptivityEventKind.CaptureCard, PartialDate.OfDay(2021, 1, 5), null, null, IcrcDelegation, _sources.FamilyReportsHadrut, null);
        Add(group, 2, "message", CaptivityEventKind.Message, PartialDate.OfDay(2021, 2, 14), null, null, IcrcDelegation, _sources.FamilyReportsHadrut,
            "A Red Cross message of a few lines: he is alive and asks after his sister.");

        var wrong = Add(group, 13, "notified", CaptivityEventKind.CaptureNotified, PartialDate.OfDay(2020, 12, 20), null, null, Bureau,
            _sources.DetainingSideReplies, null);
        wrong.Retract(DemoCatalog.RecordedBy, DemoCatalog.RecordedAt, "The reply named another man of the same name and father's name (invented).");
    }

    private void AddClashes2021()
    {
        const string group = "person/clashes-2021";
        for (var i = 1; i <= 13; i++)
        {
            var notified = i <= 10 ? PartialDate.OfDay(2021, 11, 18) : PartialDate.OfDay(2021, 12, 20);
            Add(group, i, "notified", CaptivityEventKind.CaptureNotified, notified, null, null, Bureau, _sources.DetainingSideList2021, null);
        }

        for (var i = 1; i <= 5; i++)
        {
            Add(group, i, "visit-1", CaptivityEventKind.Visit, PartialDate.OfDay(2021, 11, 25), null, PlaceOfDetention, IcrcDelegation, _sources.IcrcList2021, null);
        }

        Add(group, 11, "visit-1", CaptivityEventKind.Visit, PartialDate.OfMonth(2022, 3), null, PlaceOfDetention, IcrcDelegation, _sources.IcrcList2021,
            "Visited once while on trial.");
    }

    // The ICRC's confirmation is dated as the person's own confirmed capture, so the dossier's timeline and events agree.
    private PartialDate ConfirmedOn(string group, int number) =>
        _people[Person(group, number)].FateAssertions.First(a => a.Status == FateStatus.CaptureConfirmed).AsOf;

    private CaptivityEvent Add(
        string group, int number, string name, CaptivityEventKind kind, PartialDate on, string? party, string? place, string by, Source source, string? note)
    {
        var key = string.Create(CultureInfo.InvariantCulture, $"captivity/{group}/{number}/{name}");
        var recorded = new CaptivityEvent(
            DemoIds.For(key), Person(group, number), kind, on, party, place, by, note, source.Id, DemoCatalog.RecordedBy, DemoCatalog.RecordedAt);
        _events.Add(recorded);
        return recorded;
    }

    private Guid Person(string group, int number)
    {
        var id = DemoIds.For(string.Create(CultureInfo.InvariantCulture, $"{group}/{number}"));
        return _people.ContainsKey(id) ? id : throw new InvalidOperationException($"The demo has no {group}/{number}.");
    }
}
