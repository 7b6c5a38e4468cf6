using System.Globalization;
using Whereabouts.Application.Verification;
using Whereabouts.Domain;

namespace Whereabouts.Application.Exports;

/// <summary>
/// Makes domain records from checked snapshot rows, through the domain's public constructors and
/// methods only, so an imported record obeys the same rules as one typed in. A rule broken by a
/// part (a fate assertion, a proceeding) is reported at that part's row.
/// </summary>
internal static class SnapshotRecords
{
    public static Source Source(SnapshotRow row)
    {
        var source = new Source(row.Id("id"), new SourceDetails(
            row.Enum<SourceKind>("kind"),
            row.RequiredText("title"),
            row.Text("publisher"),
            row.Text("author"),
            row.Text("url"),
            row.OptionalDate("published_on"),
            row.OptionalTimestamp("retrieved_at"),
            row.Enum<Reliability>("reliability"),
            row.Text("notes")));
        if (row.Text("content_sha256") is { } hash)
        {
            At(row, "content_sha256", () => source.RecordContentHash(hash));
        }

        return source;
    }

    public static Place Place(SnapshotRow row, IReadOnlyList<SnapshotRow> names)
    {
        var latitude = row.OptionalNumber("latitude");
        var longitude = row.OptionalNumber("longitude");
        if (latitude.HasValue != longitude.HasValue)
        {
            throw new SnapshotInputException(row.Problem(latitude.HasValue ? "longitude" : "latitude", "a place has both a latitude and a longitude, or neither"));
        }

        var coordinates = latitude is { } lat && longitude is { } lon ? At(row, "latitude", () => new Coordinates(lat, lon)) : null;
        var placeNames = names.Select(n => At(n, "text", () => new PlaceName(n.RequiredText("text"), n.Text("language")))).ToList();
        return new Place(row.Id("id"), row.Enum<PlaceKind>("kind"), placeNames, coordinates, row.OptionalId("parent_id"));
    }

    public static Incident Incident(SnapshotRow row, IReadOnlyList<SnapshotRow> places, IReadOnlyList<SnapshotRow> parties)
    {
        var incident = new Incident(row.Id("id"), row.RequiredText("name"), row.Date("started_on"), row.OptionalDate("ended_on"), row.Text("description"));
        foreach (var place in places)
        {
            incident.AddPlace(place.Id("place_id"));
        }

        foreach (var party in parties)
        {
            At(party, "party", () => incident.AddParty(party.RequiredText("party")));
        }

        return incident;
    }

    /// <summary>
    /// Recreates a person by replaying the history in the order it was recorded, a retraction as
    /// soon as it was recorded, and setting the details last: that is the order in which the
    /// domain's rules allowed it the first time (a confirmed assertion may have been retracted
    /// before a contradicting one was added; a birth date may have been corrected after a wrong,
    /// since retracted, assertion). A withdrawn spelling is withdrawn before the same spelling is
    /// added again (as it must have been the first time), the others once every form is back.
    /// </summary>
    public static Person Person(
        SnapshotRow row, IReadOnlyList<SnapshotRow> names, IReadOnlyList<SnapshotRow> fates, IReadOnlyList<SnapshotRow> retractions, IReadOnlyList<SnapshotRow> withdrawals)
    {
        var forms = names.Select(n => At(n, null, () => new PersonName(
            n.Text("given_name"), n.Text("family_name"), n.Text("patronymic"), n.Text("origin"), n.OptionalId("source_id")))).ToList();
        var person = new Person(row.Id("id"), forms[0], details: null, isInvented: row.Boolean("invented"));
        var unwithdrawn = withdrawals.OrderBy(w => w.Timestamp("withdrawn_at")).ToList();
        for (var i = 1; i < forms.Count; i++)
        {
            var earlier = forms.Take(i).Select((f, position) => (f, position)).Where(p => p.f == forms[i]).Select(p => p.position).ToHashSet();
            Withdraw(person, unwithdrawn, w => earlier.Contains(w.Integer("position")));
            if (!person.AddName(forms[i]))
            {
                throw new SnapshotInputException(names[i].Problem(null, "the same name form appears twice for this person"));
            }
        }

        var pending = retractions.OrderBy(r => r.Timestamp("recorded_at")).ToList();
        foreach (var fate in fates.OrderBy(f => f.Timestamp("recorded_at")))
        {
            var recordedAt = fate.Timestamp("recorded_at");
            Retract(person, pending, r => r.Timestamp("recorded_at") <= recordedAt);
            At(fate, null, () => person.AssertFate(new FateAssertion(
                fate.Id("id"),
                fate.Enum<FateStatus>("status"),
                fate.Date("as_of"),
                Evidence(fate),
                fate.RequiredText("recorded_by"),
                recordedAt,
                fate.OptionalId("incident_id"),
                fate.OptionalId("place_id"),
                fate.Text("note"))));
        }

        Retract(person, pending, _ => true);
        Withdraw(person, unwithdrawn, _ => true);
        At(row, null, () => person.UpdateDetails(new PersonDetails(
            row.Enum<Sex>("sex"),
            row.OptionalDate("birth_date"),
            row.OptionalId("birth_place_id"),
            PartySlug(row, "side"),
            row.Enum<ServiceRole>("role"),
            row.Text("force"),
            row.Text("rank"),
            row.Text("unit"),
            row.Text("service_number"))));
        return person;
    }

    /// <summary>
    /// Recreates a pair of records by replaying its judgements in the order they were made, each
    /// with its recorded id, judge and time, so the domain's rules for judging and undoing hold as
    /// they did the first time; a judgement that breaks one is reported at its row.
    /// </summary>
    public static PersonPair PersonPair(SnapshotRow row, IReadOnlyList<SnapshotRow> judgements)
    {
        var pair = At(row, null, () => new PersonPair(
            row.Id("id"), row.Id("first_person_id"), row.Id("second_person_id"), row.Enum<PairOrigin>("origin"),
            row.OptionalNumber("probability"), row.OptionalNumber("weight"), row.Text("explanation")));
        foreach (var j in judgements)
        {
            At(j, null, () => pair.Replay(new PairJudgement(
                j.Id("id"), j.Enum<MatchDecision>("decision"), j.Boolean("is_undo"), j.RequiredText("actor"), j.Timestamp("at"), j.Text("note"), j.Boolean("confirmed"))));
        }

        return pair;
    }

    /// <summary>
    /// A claim is recreated in its review state: pending claims as proposed, judged ones proposed
    /// and then judged by the recorded reviewer at the recorded time, and accepted claims without a
    /// reviewer (typed in by an analyst, accepted as they were recorded) as recorded.
    /// </summary>
    public static CountClaim Claim(SnapshotRow row)
    {
        var details = new CountClaimDetails(
            row.Id("source_id"),
            row.OptionalInteger("count"),
            row.OptionalInteger("count_max"),
            row.Enum<CountQualifier>("qualifier"),
            row.Enum<CountCategory>("category"),
            PartySlug(row, "side"),
            row.OptionalId("incident_id"),
            row.OptionalId("place_id"),
            row.OptionalDate("as_of"),
            row.Enum<ClaimStatus>("status"),
            row.Text("claimed_by"),
            row.RequiredText("quote"));
        var id = row.Id("id");
        var recordedBy = row.RequiredText("recorded_by");
        var recordedAt = row.Timestamp("recorded_at");
        var review = row.Enum<ClaimReview>("review");
        var reviewedBy = row.Text("reviewed_by");
        var reviewedAt = row.OptionalTimestamp("reviewed_at");
        if ((reviewedBy is null) != (reviewedAt is null))
        {
            throw new SnapshotInputException(row.Problem(reviewedBy is null ? "reviewed_by" : "reviewed_at", "a review names both who reviewed the claim and when, or neither"));
        }

        switch (review)
        {
            case ClaimReview.Pending when reviewedBy is null:
                return CountClaim.Propose(id, details, recordedBy, recordedAt);
            case ClaimReview.Accepted when reviewedBy is null:
                return new CountClaim(id, details, recordedBy, recordedAt);
            case ClaimReview.Accepted or ClaimReview.Rejected when reviewedBy is not null:
                var claim = CountClaim.Propose(id, details, recordedBy, recordedAt);
                claim.Judge(review, reviewedBy, reviewedAt!.Value);
                return claim;
            default:
                throw new SnapshotInputException(row.Problem(
                    "reviewed_by",
                    review == ClaimReview.Pending ? "a pending claim has not been reviewed by anyone" : "a rejected claim names who rejected it"));
        }
    }

    public static LegalCase LegalCase(
        SnapshotRow row,
        IReadOnlyList<SnapshotRow> people,
        IReadOnlyList<SnapshotRow> counsel,
        IReadOnlyList<SnapshotRow> charges,
        IReadOnlyList<SnapshotRow> sources,
        IReadOnlyList<SnapshotRow> proceedings)
    {
        var legalCase = new LegalCase(row.Id("id"), new LegalCaseDetails(
            row.RequiredText("title"),
            row.Enum<ForumKind>("forum_kind"),
            row.RequiredText("forum_name"),
            row.Text("number"),
            row.Enum<LegalCaseKind>("kind"),
            row.Date("lodged_on"),
            [.. people.Select(p => p.Id("person_id"))],
            [.. counsel.Select(c => c.RequiredText("counsel"))],
            [.. charges.Select(c => c.RequiredText("charge"))],
            row.Text("sentence"),
            row.Enum<LegalCaseStatus>("status"),
            [.. sources.Select(s => s.Id("source_id"))],
            row.Text("notes"),
            PartySlug(row, "detaining_party")));
        foreach (var p in proceedings.OrderBy(p => p.Timestamp("recorded_at")))
        {
            At(p, null, () => legalCase.AddProceeding(new Proceeding(
                p.Id("id"), p.Date("on"), p.Enum<ProceedingKind>("kind"), p.RequiredText("description"),
                p.RequiredText("recorded_by"), p.Timestamp("recorded_at"), p.OptionalId("source_id"))));
        }

        return legalCase;
    }

    /// <summary>
    /// Recreates the exchange record only. The fates it gave its people when it was first recorded
    /// are already in the people's histories (rows of the fates table), so nothing is asserted
    /// again here; a rule broken by a transfer is reported at the transfer's row.
    /// </summary>
    public static Exchange Exchange(
        SnapshotRow row,
        IReadOnlyList<SnapshotRow> parties,
        IReadOnlyList<SnapshotRow> mediators,
        IReadOnlyList<SnapshotRow> sources,
        IReadOnlyList<SnapshotRow> transfers,
        IReadOnlyList<string> knownParties)
    {
        var details = new ExchangeDetails(
            row.Date("date"),
            row.Enum<ExchangeTerms>("terms"),
            row.Text("terms_text"),
            row.OptionalId("place_id"),
            row.Text("route"),
            [.. parties.Select(p => p.RequiredText("party"))],
            [.. mediators.Select(m => m.RequiredText("mediator"))],
            row.OptionalId("incident_id"),
            row.Text("notes"));
        var sourceIds = sources.Select(s => s.Id("source_id")).ToList();
        var moved = transfers.Select(t =>
        {
            var receivedBy = PartySlug(t, "received_by") ?? throw new SnapshotInputException(t.Problem("received_by", "say which party received the person"));
            return new ExchangeTransfer(
                t.Id("person_id"), HandedOverBy(t, receivedBy, knownParties), receivedBy, t.Enum<TransferKind>("kind"), t.OptionalId("source_id"));
        }).ToList();
        var seen = new HashSet<Guid>();
        foreach (var t in transfers)
        {
            var person = t.Id("person_id");
            if (!seen.Add(person))
            {
                throw new SnapshotInputException(t.Problem("person_id", $"person {person} is handed over twice in this exchange"));
            }

            if (t.OptionalId("source_id") is { } source && !sourceIds.Contains(source))
            {
                throw new SnapshotInputException(t.Problem("source_id", $"{source} is not among this exchange's sources in {SnapshotSchema.ExchangeSources.FileName}"));
            }
        }

        return At(row, null, () => new Exchange(
            row.Id("id"), details, sourceIds, moved, row.RequiredText("recorded_by"), row.Timestamp("recorded_at")));
    }

    /// <summary>An event of captivity, retracted again when the snapshot says it was.</summary>
    public static CaptivityEvent CaptivityEvent(SnapshotRow row)
    {
        var recorded = At(row, null, () => new CaptivityEvent(
            row.Id("id"), row.Id("person_id"), row.Enum<CaptivityEventKind>("kind"), row.Date("occurred_on"), PartySlug(row, "detaining_party"),
            row.Text("place"), row.Text("by"), row.Text("note"), row.Id("source_id"), row.RequiredText("recorded_by"), row.Timestamp("recorded_at")));
        if (row.OptionalTimestamp("retracted_at") is { } at)
        {
            At(row, "retraction_reason", () => recorded.Retract(row.Text("retracted_by") ?? string.Empty, at, row.Text("retraction_reason") ?? string.Empty));
        }

        return recorded;
    }

    /// <summary>A period of control of a place, retracted again when the snapshot says it was.</summary>
    public static PlaceControl PlaceControl(SnapshotRow row)
    {
        var recorded = At(row, null, () => new PlaceControl(
            row.Id("id"), row.Id("place_id"), row.Enum<ControlKind>("kind"), PartySlug(row, "party"), row.Text("holder"), row.Date("from"), row.OptionalDate("to"),
            row.Id("source_id"), row.Text("locator"), row.Text("note"), row.RequiredText("recorded_by"), row.Timestamp("recorded_at")));
        if (row.OptionalTimestamp("retracted_at") is { } at)
        {
            At(row, "retraction_reason", () => recorded.Retract(row.Text("retracted_by") ?? string.Empty, at, row.Text("retraction_reason") ?? string.Empty));
        }

        return recorded;
    }

    /// <summary>A step in checking a source or a file, its methods read from their names.</summary>
    public static VerificationStep VerificationStep(SnapshotRow row)
    {
        var methods = VerificationMethods.None;
        foreach (var name in (row.Text("methods") ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            methods |= VerificationNames.Methods.FirstOrDefault(m => string.Equals(m.ToString(), name, StringComparison.Ordinal)) is var method && method != VerificationMethods.None
                ? method
                : throw new SnapshotInputException([row.Problem("methods", $"'{name}' is not a method of verification")]);
        }

        return At(row, null, () => new VerificationStep(
            row.Id("id"), row.OptionalId("source_id"), row.Text("file_sha256"), row.Enum<VerificationState>("state"), methods,
            row.Text("note"), row.RequiredText("recorded_by"), row.Timestamp("recorded_at")));
    }

    /// <summary>An evidence file's record (its bytes are not in the snapshot).</summary>
    public static EvidenceFile EvidenceFile(SnapshotRow row) => At(row, null, () => new EvidenceFile(
        row.RequiredText("sha256"), long.Parse(row.RequiredText("length"), NumberStyles.None, CultureInfo.InvariantCulture),
        row.RequiredText("media_type"), row.RequiredText("added_by"), row.Timestamp("added_at")));

    /// <summary>A file's attachment to a source, detached again when the snapshot says it was.</summary>
    public static SourceFile SourceFile(SnapshotRow row)
    {
        var attachment = At(row, null, () => new SourceFile(
            row.Id("id"), row.Id("source_id"), row.RequiredText("sha256"), row.RequiredText("file_name"), row.Text("description"),
            row.RequiredText("attached_by"), row.Timestamp("attached_at")));
        if (row.OptionalTimestamp("detached_at") is { } at)
        {
            At(row, "detach_reason", () => attachment.Detach(row.Text("detached_by") ?? string.Empty, at, row.Text("detach_reason") ?? string.Empty));
        }

        return attachment;
    }

    private static Evidence Evidence(SnapshotRow row) => new(
        row.Id("source_id"), row.Text("quote"), row.Text("locator"), row.Enum<Credibility>("credibility"));

    private static void Retract(Person person, List<SnapshotRow> pending, Func<SnapshotRow, bool> due)
    {
        var known = person.FateAssertions.Select(a => a.Id).ToHashSet();
        foreach (var r in pending.Where(r => due(r) && known.Contains(r.Id("assertion_id"))).ToList())
        {
            At(r, null, () => person.RetractFate(new FateRetraction(
                r.Id("id"), r.Id("assertion_id"), r.RequiredText("reason"), Evidence(r), r.RequiredText("recorded_by"), r.Timestamp("recorded_at"))));
            pending.Remove(r);
        }
    }

    private static void Withdraw(Person person, List<SnapshotRow> pending, Func<SnapshotRow, bool> due)
    {
        foreach (var w in pending.Where(due).ToList())
        {
            At(w, "position", () => person.WithdrawName(new NameWithdrawal(
                w.Integer("position"), w.RequiredText("reason"), w.OptionalId("source_id"), w.Text("locator"), w.Text("quote"),
                w.RequiredText("withdrawn_by"), w.Timestamp("withdrawn_at"))));
            pending.Remove(w);
        }
    }

    private static void At(SnapshotRow row, string? field, Action action) => At(row, field, () =>
    {
        action();
        return true;
    });

    private static T At<T>(SnapshotRow row, string? field, Func<T> make)
    {
        try
        {
            return make();
        }
        catch (DomainRuleException e)
        {
            throw new SnapshotInputException(row.Problem(field, e.Message));
        }
    }

    /// <summary>A party as the snapshot names it.</summary>
    public static Party Party(SnapshotRow row) =>
        new(row.RequiredText("slug"), new PartyNames(row.RequiredText("name_en"), row.Text("name_hy"), row.Text("name_ru"), row.Text("name_az")));

    // A side as a party's slug; snapshots made before parties were data spell the old enum
    // (Armenian, Unknown), which reads as the slug in any case and as no party (docs/adr/0016).
    private static string? PartySlug(SnapshotRow row, string column)
    {
        var text = row.Text(column);
        return text is null || string.Equals(text, "unknown", StringComparison.OrdinalIgnoreCase) ? null : Domain.Party.NormalizeSlug(text);
    }

    // Snapshots made before parties were data name only the receiving party; with two parties
    // known, the other one handed the person over.
    private static string HandedOverBy(SnapshotRow row, string receivedBy, IReadOnlyList<string> knownParties)
    {
        if (PartySlug(row, "handed_over_by") is { } given)
        {
            return given;
        }

        return knownParties.Count == 2 && knownParties.Contains(receivedBy, StringComparer.Ordinal)
            ? knownParties.Single(p => !string.Equals(p, receivedBy, StringComparison.Ordinal))
            : throw new SnapshotInputException(row.Problem("handed_over_by", "say which party handed over the person"));
    }
}
