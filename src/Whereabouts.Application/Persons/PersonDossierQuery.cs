using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Accounts;
using Whereabouts.Application.Verification;
using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Application.Persons;

/// <summary>Reads one person's <see cref="PersonDossier"/>: the person with the titles, names and grades of what their history refers to.</summary>
public sealed class PersonDossierQuery(WhereaboutsDatabase database)
{
    /// <summary>The dossier of the person with <paramref name="id"/>, or null when there is no such person.</summary>
    public Task<PersonDossier?> RunAsync(Guid id, CancellationToken cancellationToken = default) => RunAsync(id, null, cancellationToken);

    /// <summary>
    /// The dossier of the person with <paramref name="id"/> as the registry held it at the end of
    /// <paramref name="recordedOn"/> (<see cref="Reports.RecordedDay"/>), for a court file: the fate
    /// history, its retractions, the withdrawn spellings and the changes listed are those recorded by
    /// then, and the fate is derived from them alone. Null for <paramref name="recordedOn"/> is the
    /// dossier as it stands now.
    /// </summary>
    /// <remarks>
    /// The details and the standing name forms are today's: the audit log keeps each row's changes
    /// and a hash of its state (docs/adr/0022), not the state itself, so they are not rebuilt here.
    /// </remarks>
    public async Task<PersonDossier?> RunAsync(Guid id, DateOnly? recordedOn, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();

        // One connection for the page's dozen statements, closed with the context: taking one from
        // the pool and giving it back for each was a cost of every dossier.
        await context.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var person = await ReadPersonAsync(context, id, cancellationToken).ConfigureAwait(false);
        return person is null ? null : await OfAsync(context, person, recordedOn, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The person with <paramref name="id"/>, whole (names, fate assertions, retractions) and untracked, or null.</summary>
    internal static Task<Person?> ReadPersonAsync(WhereaboutsDbContext context, Guid id, CancellationToken cancellationToken) =>
        context.People.AsNoTracking().AsSplitQuery().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    /// <summary>
    /// The dossier of <paramref name="person"/> (read by <see cref="ReadPersonAsync"/>) as recorded on
    /// <paramref name="recordedOn"/>, with what its history refers to read through <paramref name="context"/>.
    /// </summary>
    internal static async Task<PersonDossier> OfAsync(WhereaboutsDbContext context, Person person, DateOnly? recordedOn, CancellationToken cancellationToken)
    {
        var end = recordedOn is { } day ? Reports.RecordedDay.End(day) : DateTimeOffset.MaxValue;
        var assertions = person.FateAssertions.Where(a => a.RecordedAt < end).ToList();
        var fateRetractions = person.FateRetractions.Where(r => r.RecordedAt < end).ToList();
        var nameWithdrawals = person.NameWithdrawals.Where(w => w.WithdrawnAt < end).ToList();

        var sourceIds = assertions.Select(a => a.Evidence.SourceId)
            .Concat(fateRetractions.Select(r => r.Evidence.SourceId))
            .Concat(person.Names.Where(n => n.SourceId is not null).Select(n => n.SourceId!.Value))
            .Concat(nameWithdrawals.Where(w => w.SourceId is not null).Select(w => w.SourceId!.Value))
            .Distinct().ToList();
        // Lookups with nothing to look up are skipped: each is a round trip on every page view. The
        // sources' titles and their standing are read together; the standing is shown for the
        // sources of assertions only.
        var sources = sourceIds.Count == 0
            ? []
            : await EvidenceStandings.ReadWithTitlesAsync(context, sourceIds, cancellationToken).ConfigureAwait(false);
        var assertionSources = assertions.Select(a => a.Evidence.SourceId).ToHashSet();
        EvidenceStanding? StandingOf(Guid source) =>
            !assertionSources.Contains(source) ? null : sources.TryGetValue(source, out var read) ? read.Standing : EvidenceStanding.Plain;

        var incidentIds = assertions.Where(a => a.IncidentId is not null).Select(a => a.IncidentId!.Value).Distinct().ToList();
        var incidents = incidentIds.Count == 0
            ? []
            : await context.Incidents.AsNoTracking()
                .Where(i => incidentIds.Contains(i.Id))
                .ToListAsync(cancellationToken).ConfigureAwait(false);

        var placeIds = assertions.Where(a => a.PlaceId is not null).Select(a => a.PlaceId!.Value)
            .Concat(person.BirthPlaceId is { } birthPlace ? [birthPlace] : [])
            .Distinct().ToList();

        // Place names are a JSON column; read the few places whole and take the name shown.
        var places = placeIds.Count == 0
            ? []
            : (await context.Places.AsNoTracking()
                    .Where(p => placeIds.Contains(p.Id))
                    .ToListAsync(cancellationToken).ConfigureAwait(false))
                .ToDictionary(p => p.Id, p => p.PrimaryName.Text);

        // The history names accounts by user name; each entry comes with its actor's roles, in the
        // same statement (the accounts are few; an actor who is no account, or no longer, has none).
        var subject = person.Id.ToString();
        var entries = await context.AuditEntries.AsNoTracking().AsSingleQuery()
            .Where(e => e.SubjectId == subject)

            // What the family was told is for caseworkers and counsel only (docs/adr/0011); the
            // dossier's history is shown to every reader, so those entries stay in the audit log alone.
            .Where(e => e.EntityType != nameof(FamilyNotification))
            .OrderByDescending(e => e.Sequence)
            .Select(e => new
            {
                Change = new DossierChange(e.Sequence, e.RecordedAt, e.Actor, e.Action, e.EntityType, e.EntityId, e.Changes, null),
                Roles = (
                    from user in context.Users
                    where user.UserName == e.Actor
                    join link in context.UserRoles on user.Id equals link.UserId
                    join role in context.Roles on link.RoleId equals role.Id
                    select role.Name).ToList(),
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        // The log's times are read as the providers store them; the few entries of one person are filtered here.
        List<DossierChange> history = [.. entries
            .Where(e => e.Change.RecordedAt < end)
            .Select(e => e.Change with { ActorRole = Roles.All.FirstOrDefault(r => e.Roles.Contains(r, StringComparer.Ordinal)) })];

        DossierEvidence Evidence(Evidence evidence)
        {
            // Evidence has a foreign key to its source and sources are never deleted, so this is a
            // safeguard only: a dossier that cannot name a source still shows its id, not an error.
            var source = sources.GetValueOrDefault(evidence.SourceId);
            return new DossierEvidence(
                evidence.SourceId,
                source?.Title ?? evidence.SourceId.ToString(),
                source?.Reliability ?? Reliability.F,
                evidence.Quote,
                evidence.Locator,
                evidence.Credibility,
                StandingOf(evidence.SourceId));
        }

        var fate = recordedOn is null ? person.Fate : FateSummary.Derive(assertions, fateRetractions);
        var incidentNames = incidents.ToDictionary(i => i.Id, i => i.Name);
        var retractions = fateRetractions.ToDictionary(r => r.AssertionId);
        var timeline = assertions
            .OrderBy(a => a.AsOf.StatedStart)
            .ThenBy(a => a.AsOf.Latest)
            .ThenBy(a => a.RecordedAt)
            .ThenBy(a => a.Id)
            .Select(a => new DossierFate(
                a.Id,
                a.Status,
                a.AsOf,
                Evidence(a.Evidence),
                a.IncidentId,
                a.IncidentId is { } incident ? incidentNames.GetValueOrDefault(incident) : null,
                a.PlaceId,
                a.PlaceId is { } place ? places.GetValueOrDefault(place) : null,
                a.Note,
                a.RecordedBy,
                a.RecordedAt,
                retractions.TryGetValue(a.Id, out var r)
                    ? new DossierRetraction(r.Id, r.Reason, Evidence(r.Evidence), r.RecordedBy, r.RecordedAt)
                    : null,
                a.Id == fate.Current?.Id))
            .ToList();

        var names = person.Names
            .Select((n, i) => new DossierName(
                n.GivenName,
                n.FamilyName,
                n.Patronymic,
                n.FullName,
                n.Script,
                n.Origin,
                n.SourceId,
                n.SourceId is { } source ? sources.GetValueOrDefault(source)?.Title : null,
                i))
            .ToList();
        var withdrawn = nameWithdrawals
            .Select(w => new DossierWithdrawal(
                names[w.NameIndex],
                w.Reason,
                w.SourceId,
                w.SourceId is { } source ? sources.GetValueOrDefault(source)?.Title : null,
                w.Quote,
                w.Locator,
                w.WithdrawnBy,
                w.WithdrawnAt))
            .ToList();

        return new PersonDossier(
            person.Id,
            person.Version,
            person.IsInvented,
            person.PrimaryName.FullName,
            person.Details,
            person.BirthPlaceId is { } birth ? places.GetValueOrDefault(birth) : null,
            [.. names.Where(n => withdrawn.All(w => w.Name.Position != n.Position))],
            timeline,
            timeline.FirstOrDefault(f => f.IsCurrent),
            fate.IsContested,
            [.. fate.Conflicts.Select(c => new DossierConflict(c.First.Id, c.Second.Id, c.Describe()))],
            [.. incidents.OrderBy(i => i.StartedOn.StatedStart).ThenBy(i => i.Name, StringComparer.Ordinal)
                .Select(i => new DossierIncident(i.Id, i.Name, i.StartedOn, i.EndedOn))],
            history,
            withdrawn,
            recordedOn);
    }
}
