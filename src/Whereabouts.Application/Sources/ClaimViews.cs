using Microsoft.EntityFrameworkCore;
using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Application.Sources;

/// <summary>Reads count claims with the titles and names of what they point at.</summary>
internal static class ClaimViews
{
    /// <summary>The claims <paramref name="claims"/> selects, ordered by the date they refer to (undated last).</summary>
    public static async Task<IReadOnlyList<ClaimView>> ReadAsync(
        WhereaboutsDbContext context, IQueryable<CountClaim> claims, CancellationToken cancellationToken)
    {
        var found = await claims.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        if (found.Count == 0)
        {
            return [];
        }

        var sourceIds = found.Select(c => c.SourceId).Distinct().ToList();
        var incidentIds = found.Where(c => c.IncidentId is not null).Select(c => c.IncidentId!.Value).Distinct().ToList();
        var placeIds = found.Where(c => c.PlaceId is not null).Select(c => c.PlaceId!.Value).Distinct().ToList();
        var sources = await context.Sources.AsNoTracking().Where(s => sourceIds.Contains(s.Id))
            .ToDictionaryAsync(s => s.Id, s => s.Title, cancellationToken).ConfigureAwait(false);
        var incidents = await context.Incidents.AsNoTracking().Where(i => incidentIds.Contains(i.Id))
            .ToDictionaryAsync(i => i.Id, i => i.Name, cancellationToken).ConfigureAwait(false);
        var places = (await context.Places.AsNoTracking().Where(p => placeIds.Contains(p.Id))
            .ToListAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(p => p.Id, p => p.PrimaryName.Text);

        // Partial dates sort by time only in memory (their stored text does not, across precisions).
        return [.. found
            .OrderBy(c => c.AsOf is null ? 1 : 0).ThenBy(c => c.AsOf).ThenBy(c => c.RecordedAt).ThenBy(c => c.Id)
            .Select(c => new ClaimView(
                c.Id,
                c.SourceId,
                sources.GetValueOrDefault(c.SourceId, string.Empty),
                c.Count,
                c.CountMax,
                c.Qualifier,
                c.Category,
                c.Side,
                c.IncidentId,
                c.IncidentId is { } incident ? incidents.GetValueOrDefault(incident) : null,
                c.PlaceId,
                c.PlaceId is { } place ? places.GetValueOrDefault(place) : null,
                c.AsOf,
                c.Status,
                c.ClaimedBy,
                c.Quote,
                c.Review,
                c.Version))];
    }
}
