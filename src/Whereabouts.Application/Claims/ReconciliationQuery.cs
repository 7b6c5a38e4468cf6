using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Common;
using Whereabouts.Application.Parties;
using Whereabouts.Application.Reports;
using Whereabouts.Application.Sources;
using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Application.Claims;

/// <summary>Reads the reconciliation of accepted claims against the registry's named people.</summary>
public sealed class ReconciliationQuery(WhereaboutsDatabase database, TimeProvider clock)
{
    /// <summary>The reconciliation, or null when the incident or place does not exist.</summary>
    /// <exception cref="ValidationFailedException">Neither or both of an incident and a place are given, or the category or side is not a known value.</exception>
    public async Task<Reconciliation?> RunAsync(ReconciliationCriteria criteria, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        await using var context = database.CreateContext();
        criteria = criteria with { Side = Validate(criteria, await PartyReference.ListAsync(context, cancellationToken).ConfigureAwait(false)) };
        var (name, scopedIncidents) = await ScopeAsync(context, criteria, cancellationToken).ConfigureAwait(false);
        if (name is null)
        {
            return null;
        }

        var side = criteria.Side;
        var claims = context.CountClaims.Where(c => c.Review == ClaimReview.Accepted && c.Category == criteria.Category
            && (side == null || c.Side == null || c.Side == side));
        claims = criteria.IncidentId is { } incident ? claims.Where(c => c.IncidentId == incident) : claims.Where(c => c.PlaceId == criteria.PlaceId);
        var views = await ClaimViews.ReadAsync(context, claims, cancellationToken).ConfigureAwait(false);

        var rule = RegistryFateCount.Describe(criteria.Category);
        if (rule is null)
        {
            return new Reconciliation(name, criteria.Category, side, views, null, null, []);
        }

        var people = await PeopleAsync(context, criteria, scopedIncidents, cancellationToken).ConfigureAwait(false);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var days = views.Where(c => c.AsOf is not null).Select(c => Reconciliation.ComparedOn(c.AsOf!, today)).Append(today).Distinct().Order().ToList();
        var points = days.Select(day => new RegistryCountPoint(day, people.Count(p => RegistryFateCount.Counts(p, criteria.Category, day)))).ToList();
        return new Reconciliation(name, criteria.Category, side, views, rule, points[^1].Count, points);
    }

    // The side read as a party's slug, or null for every side.
    private static string? Validate(ReconciliationCriteria criteria, PartyList parties)
    {
        var errors = new FieldErrors();
        var incident = criteria.IncidentId is { } i && i != Guid.Empty;
        var place = criteria.PlaceId is { } p && p != Guid.Empty;
        if (incident == place)
        {
            errors.Add(incident ? "place" : "incident", "Choose one incident or one place to reconcile.");
        }

        if (!Enum.IsDefined(criteria.Category))
        {
            errors.Add("category", "Choose Missing, Captured, Held, Released, Killed, Wounded or Arrested.");
        }

        var side = PartyReference.Resolve(errors, "side", criteria.Side, parties);
        errors.ThrowIfAny();
        return side;
    }

    // The scope's name and, for a place, the incidents that happened there (their people count there too).
    private static async Task<(string? Name, List<Guid> Incidents)> ScopeAsync(WhereaboutsDbContext context, ReconciliationCriteria criteria, CancellationToken cancellationToken)
    {
        if (criteria.IncidentId is { } incidentId)
        {
            var incident = await context.Incidents.AsNoTracking().FirstOrDefaultAsync(i => i.Id == incidentId, cancellationToken).ConfigureAwait(false);
            return (incident?.Name, incident is null ? [] : [incident.Id]);
        }

        var place = await context.Places.AsNoTracking().FirstOrDefaultAsync(p => p.Id == criteria.PlaceId, cancellationToken).ConfigureAwait(false);
        if (place is null)
        {
            return (null, []);
        }

        var incidents = await context.Incidents.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        return (place.PrimaryName.Text, [.. incidents.Where(i => i.PlaceIds.Contains(place.Id)).Select(i => i.Id)]);
    }

    // The identities involved, each counted once with the fates of all its records (a record joined
    // to another is the same man, however many records name him); the side is the identity's.
    private static async Task<List<FateHistory>> PeopleAsync(WhereaboutsDbContext context, ReconciliationCriteria criteria, List<Guid> incidents, CancellationToken cancellationToken)
    {
        var placeId = criteria.PlaceId;
        var involved = context.FateAssertions
            .Where(a => (a.IncidentId != null && incidents.Contains(a.IncidentId.Value)) || (placeId != null && a.PlaceId == placeId))
            .Select(a => EF.Property<Guid>(a, "PersonId"))
            .Distinct();
        var identities = context.People.Where(p => involved.Contains(p.Id)).Select(p => p.IdentityId);
        var records = await context.People.AsNoTracking().AsSplitQuery()
            .Where(p => identities.Contains(p.IdentityId))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var side = criteria.Side;
        return [.. records.GroupBy(p => p.IdentityId)
            .Select(g => FateHistory.OfIdentity([.. g]))
            .Where(h => side == null || string.Equals(h.Side, side, StringComparison.Ordinal))];
    }
}
