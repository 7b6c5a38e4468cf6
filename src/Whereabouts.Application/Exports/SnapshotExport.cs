using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Verification;
using Whereabouts.Domain;
using Whereabouts.Storage;
using V = Whereabouts.Application.Exports.SnapshotValues;

namespace Whereabouts.Application.Exports;

/// <summary>
/// Reads the whole registry into a <see cref="RegistrySnapshot"/>, in a stable order (records by
/// id, histories by the time they were recorded), so that the same registry always exports to the
/// same bytes. Family notifications, archived documents, list imports, accounts and the audit log
/// are left out (docs/adr/0013).
/// </summary>
public sealed class SnapshotExport(WhereaboutsDatabase database)
{
    /// <summary>Reads every exported record of the registry.</summary>
    public async Task<RegistrySnapshot> ReadAsync(CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var snapshot = new RegistrySnapshot();

        var parties = await context.Parties.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var party in parties.OrderBy(p => p.Slug, StringComparer.Ordinal))
        {
            snapshot.Add(SnapshotSchema.Parties, party.Slug, party.NameEn, party.NameHy, party.NameRu, party.NameAz);
        }

        var sources = await context.Sources.AsNoTracking().OrderBy(s => s.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var s in sources.OrderBy(s => s.Id))
        {
            snapshot.Add(
                SnapshotSchema.Sources,
                V.Id(s.Id), V.Enum(s.Kind), s.Title, s.Publisher, s.Author, s.Url, V.Date(s.PublishedOn),
                V.Timestamp(s.RetrievedAt), V.Enum(s.Reliability), s.Notes, s.ContentSha256);
        }

        var places = await context.Places.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var p in places.OrderBy(p => p.Id))
        {
            snapshot.Add(
                SnapshotSchema.Places,
                V.Id(p.Id), V.Enum(p.Kind), V.Id(p.ParentId), V.Number(p.Coordinates?.Latitude), V.Number(p.Coordinates?.Longitude));
            for (var i = 0; i < p.Names.Count; i++)
            {
                snapshot.Add(SnapshotSchema.PlaceNames, V.Id(p.Id), V.Integer(i), p.Names[i].Text, p.Names[i].Language);
            }
        }

        var incidents = await context.Incidents.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var incident in incidents.OrderBy(i => i.Id))
        {
            snapshot.Add(
                SnapshotSchema.Incidents,
                V.Id(incident.Id), incident.Name, V.Date(incident.StartedOn), V.Date(incident.EndedOn), incident.Description);
            for (var i = 0; i < incident.PlaceIds.Count; i++)
            {
                snapshot.Add(SnapshotSchema.IncidentPlaces, V.Id(incident.Id), V.Integer(i), V.Id(incident.PlaceIds[i]));
            }

            for (var i = 0; i < incident.Parties.Count; i++)
            {
                snapshot.Add(SnapshotSchema.IncidentParties, V.Id(incident.Id), V.Integer(i), incident.Parties[i]);
            }
        }

        var people = await context.People.AsNoTracking().AsSplitQuery().ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var person in people.OrderBy(p => p.Id))
        {
            AddPerson(snapshot, person);
        }

        var pairs = await context.PersonPairs.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var pair in pairs.OrderBy(p => p.Id))
        {
            AddPair(snapshot, pair);
        }

        var claims = await context.CountClaims.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var c in claims.OrderBy(c => c.Id))
        {
            snapshot.Add(
                SnapshotSchema.Claims,
                V.Id(c.Id), V.Id(c.SourceId), V.Integer(c.Count), V.Integer(c.CountMax), V.Enum(c.Qualifier), V.Enum(c.Category),
                c.Side, V.Id(c.IncidentId), V.Id(c.PlaceId), V.Date(c.AsOf), V.Enum(c.Status), c.ClaimedBy, c.Quote,
                c.RecordedBy, V.Timestamp(c.RecordedAt), V.Enum(c.Review), c.ReviewedBy, V.Timestamp(c.ReviewedAt));
        }

        var cases = await context.LegalCases.AsNoTracking().AsSplitQuery().ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var legalCase in cases.OrderBy(c => c.Id))
        {
            AddLegalCase(snapshot, legalCase);
        }

        var exchanges = await context.Exchanges.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var exchange in exchanges.OrderBy(e => e.Id))
        {
            AddExchange(snapshot, exchange);
        }

        var events = await context.CaptivityEvents.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var e in events.OrderBy(e => e.Id))
        {
            snapshot.Add(
                SnapshotSchema.CaptivityEvents,
                V.Id(e.Id), V.Id(e.PersonId), V.Enum(e.Kind), V.Date(e.OccurredOn), e.DetainingParty, e.Place, e.By, e.Note, V.Id(e.SourceId),
                e.RecordedBy, V.Timestamp(e.RecordedAt), e.RetractedBy, V.Timestamp(e.RetractedAt), e.RetractionReason);
        }

        var periods = await context.PlaceControls.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var c in periods.OrderBy(c => c.Id))
        {
            snapshot.Add(
                SnapshotSchema.PlaceControls,
                V.Id(c.Id), V.Id(c.PlaceId), V.Enum(c.Kind), c.Party, c.Holder, V.Date(c.From), V.Date(c.To), V.Id(c.SourceId), c.Locator, c.Note,
                c.RecordedBy, V.Timestamp(c.RecordedAt), c.RetractedBy, V.Timestamp(c.RetractedAt), c.RetractionReason);
        }

        var steps = await context.VerificationSteps.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var s in steps.OrderBy(s => s.RecordedAt).ThenBy(s => s.Id))
        {
            snapshot.Add(
                SnapshotSchema.VerificationSteps,
                V.Id(s.Id), V.Id(s.SourceId), s.FileSha256, V.Enum(s.State),
                s.Methods == VerificationMethods.None ? null : string.Join(' ', VerificationNames.Split(s.Methods)), s.Note, s.RecordedBy, V.Timestamp(s.RecordedAt));
        }

        // The files' records and attachments, never their bytes (docs/adr/0028).
        var files = await context.EvidenceFiles.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var f in files.OrderBy(f => f.Sha256, StringComparer.Ordinal))
        {
            snapshot.Add(SnapshotSchema.Files, f.Sha256, f.Length.ToString(CultureInfo.InvariantCulture), f.MediaType, f.AddedBy, V.Timestamp(f.AddedAt));
        }

        var attachments = await context.SourceFiles.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var a in attachments.OrderBy(a => a.Id))
        {
            snapshot.Add(
                SnapshotSchema.SourceFiles,
                V.Id(a.Id), V.Id(a.SourceId), a.Sha256, a.FileName, a.Description, a.AttachedBy, V.Timestamp(a.AttachedAt), a.DetachedBy, V.Timestamp(a.DetachedAt), a.DetachReason);
        }

        return snapshot;
    }

    private static void AddPerson(RegistrySnapshot snapshot, Person p)
    {
        snapshot.Add(
            SnapshotSchema.People,
            V.Id(p.Id), V.Boolean(p.IsInvented), V.Enum(p.Sex), V.Date(p.BirthDate), V.Id(p.BirthPlaceId), p.Side,
            V.Enum(p.Role), p.Force, p.Rank, p.Unit, p.ServiceNumber);
        for (var i = 0; i < p.Names.Count; i++)
        {
            var n = p.Names[i];
            snapshot.Add(SnapshotSchema.Names, V.Id(p.Id), V.Integer(i), n.GivenName, n.FamilyName, n.Patronymic, n.Origin, V.Id(n.SourceId));
        }

        foreach (var w in p.NameWithdrawals.OrderBy(w => w.WithdrawnAt).ThenBy(w => w.NameIndex))
        {
            snapshot.Add(
                SnapshotSchema.NameWithdrawals,
                V.Id(p.Id), V.Integer(w.NameIndex), w.Reason, V.Id(w.SourceId), w.Quote, w.Locator, w.WithdrawnBy, V.Timestamp(w.WithdrawnAt));
        }

        foreach (var a in p.FateAssertions.OrderBy(a => a.RecordedAt).ThenBy(a => a.Id))
        {
            snapshot.Add(
                SnapshotSchema.Fates,
                V.Id(a.Id), V.Id(p.Id), V.Enum(a.Status), V.Date(a.AsOf), V.Id(a.Evidence.SourceId), a.Evidence.Quote,
                a.Evidence.Locator, V.Enum(a.Evidence.Credibility), V.Id(a.IncidentId), V.Id(a.PlaceId), a.Note,
                a.RecordedBy, V.Timestamp(a.RecordedAt));
        }

        foreach (var r in p.FateRetractions.OrderBy(r => r.RecordedAt).ThenBy(r => r.Id))
        {
            snapshot.Add(
                SnapshotSchema.Retractions,
                V.Id(r.Id), V.Id(p.Id), V.Id(r.AssertionId), r.Reason, V.Id(r.Evidence.SourceId), r.Evidence.Quote,
                r.Evidence.Locator, V.Enum(r.Evidence.Credibility), r.RecordedBy, V.Timestamp(r.RecordedAt));
        }
    }

    private static void AddPair(RegistrySnapshot snapshot, PersonPair p)
    {
        snapshot.Add(
            SnapshotSchema.PersonPairs,
            V.Id(p.Id), V.Id(p.FirstPersonId), V.Id(p.SecondPersonId), V.Enum(p.Origin), V.Number(p.Probability), V.Number(p.Weight), p.Explanation);
        for (var i = 0; i < p.Judgements.Count; i++)
        {
            var j = p.Judgements[i];
            snapshot.Add(
                SnapshotSchema.PairJudgements,
                V.Id(p.Id), V.Integer(i), V.Id(j.Id), V.Enum(j.Decision), V.Boolean(j.IsUndo), j.Actor, V.Timestamp(j.At), j.Note, V.Boolean(j.Confirmed));
        }
    }

    private static void AddLegalCase(RegistrySnapshot snapshot, LegalCase c)
    {
        snapshot.Add(
            SnapshotSchema.LegalCases,
            V.Id(c.Id), c.Title, V.Enum(c.ForumKind), c.ForumName, c.Number, V.Enum(c.Kind), V.Date(c.LodgedOn),
            c.Sentence, V.Enum(c.Status), c.Notes, c.DetainingParty);
        for (var i = 0; i < c.PersonIds.Count; i++)
        {
            snapshot.Add(SnapshotSchema.LegalCasePeople, V.Id(c.Id), V.Integer(i), V.Id(c.PersonIds[i]));
        }

        for (var i = 0; i < c.Counsel.Count; i++)
        {
            snapshot.Add(SnapshotSchema.LegalCaseCounsel, V.Id(c.Id), V.Integer(i), c.Counsel[i]);
        }

        for (var i = 0; i < c.Charges.Count; i++)
        {
            snapshot.Add(SnapshotSchema.LegalCaseCharges, V.Id(c.Id), V.Integer(i), c.Charges[i]);
        }

        for (var i = 0; i < c.SourceIds.Count; i++)
        {
            snapshot.Add(SnapshotSchema.LegalCaseSources, V.Id(c.Id), V.Integer(i), V.Id(c.SourceIds[i]));
        }

        foreach (var p in c.Proceedings.OrderBy(p => p.RecordedAt).ThenBy(p => p.Id))
        {
            snapshot.Add(
                SnapshotSchema.Proceedings,
                V.Id(p.Id), V.Id(c.Id), V.Date(p.On), V.Enum(p.Kind), p.Description, V.Id(p.SourceId), p.RecordedBy, V.Timestamp(p.RecordedAt));
        }
    }

    private static void AddExchange(RegistrySnapshot snapshot, Exchange e)
    {
        snapshot.Add(
            SnapshotSchema.Exchanges,
            V.Id(e.Id), V.Date(e.Date), V.Enum(e.Terms), e.TermsText, V.Id(e.PlaceId), e.Route, V.Id(e.IncidentId), e.Notes,
            e.RecordedBy, V.Timestamp(e.RecordedAt));
        for (var i = 0; i < e.Parties.Count; i++)
        {
            snapshot.Add(SnapshotSchema.ExchangeParties, V.Id(e.Id), V.Integer(i), e.Parties[i]);
        }

        for (var i = 0; i < e.Mediators.Count; i++)
        {
            snapshot.Add(SnapshotSchema.ExchangeMediators, V.Id(e.Id), V.Integer(i), e.Mediators[i]);
        }

        for (var i = 0; i < e.SourceIds.Count; i++)
        {
            snapshot.Add(SnapshotSchema.ExchangeSources, V.Id(e.Id), V.Integer(i), V.Id(e.SourceIds[i]));
        }

        for (var i = 0; i < e.Transfers.Count; i++)
        {
            var t = e.Transfers[i];
            snapshot.Add(SnapshotSchema.ExchangeTransfers, V.Id(e.Id), V.Integer(i), V.Id(t.PersonId), t.ReceivedBy, V.Enum(t.Kind), V.Id(t.SourceId), t.HandedOverBy);
        }
    }
}
