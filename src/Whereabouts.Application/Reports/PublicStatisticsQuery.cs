using Microsoft.EntityFrameworkCore;
using Whereabouts.Storage;

namespace Whereabouts.Application.Reports;

/// <summary>Reads the public statistics from the registry.</summary>
/// <param name="database">The registry.</param>
/// <param name="histories">The histories kept between reports, or null to read them for each report.</param>
public sealed class PublicStatisticsQuery(WhereaboutsDatabase database, FateHistoryCache? histories = null)
{
    /// <summary>
    /// Computes the public statistics from the current fates, or from the fates as they stood on
    /// <paramref name="asOf"/> (by when things happened, not when they were recorded).
    /// </summary>
    public async Task<PublicStatistics> RunAsync(DateOnly? asOf = null, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        if (asOf is { } day)
        {
            // A past day needs the histories; the index holds only today's fates.
            return PublicStatistics.FromHistories(await FateHistoryCache.ReadAsync(histories, context, cancellationToken).ConfigureAwait(false), day);
        }

        // Today's fates are in the search index, derived by FateSummary on every save of a person
        // (the dashboard counts them there too): one grouped query instead of every history.
        var counts = await context.PersonIndex.AsNoTracking()
            .Where(e => e.Fate != null)
            .GroupBy(e => new { e.Side, e.Fate })
            .Select(g => new { g.Key.Side, g.Key.Fate, People = g.Count() })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return PublicStatistics.FromCounts(counts.ToDictionary(c => (c.Side, c.Fate!.Value), c => c.People), null);
    }
}
