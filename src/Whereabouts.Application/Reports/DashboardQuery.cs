using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Parties;
using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Application.Reports;

/// <summary>Reads the dashboard: today's fates from the search index, a past day's from the fate histories.</summary>
/// <param name="database">The registry.</param>
/// <param name="histories">The histories kept between reports, or null to read them for each report.</param>
public sealed class DashboardQuery(WhereaboutsDatabase database, FateHistoryCache? histories = null)
{
    private const int SourcesShown = 8;

    /// <summary>
    /// Computes the dashboard. With <paramref name="asOf"/>, the fate counts and the contested count
    /// are as things stood on that day (by when they happened, not when they were recorded); the
    /// sources and the review queue are always today's.
    /// </summary>
    public Task<Dashboard> RunAsync(DateOnly? asOf = null, CancellationToken cancellationToken = default) =>
        RunAsync(asOf, null, cancellationToken);

    /// <summary>
    /// Computes the dashboard with the fate counts as the registry held them at the end of
    /// <paramref name="recordedOn"/> (<see cref="RecordedDay"/>), on <paramref name="asOf"/> (by
    /// default that same day); the sources and the review queue are always today's.
    /// </summary>
    public async Task<Dashboard> RunAsync(DateOnly? asOf, DateOnly? recordedOn, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        List<(FateStatus? Fate, string? Side, int People)> counts;
        int contested;
        asOf ??= recordedOn;
        if (asOf is { } day)
        {
            // The index holds only today's fates: a past day, or the registry as recorded on one, needs the histories' calendar.
            var calendar = await FateHistoryCache.ReadCalendarAsync(histories, context, recordedOn, cancellationToken).ConfigureAwait(false);
            counts = [.. calendar.PeopleOn(day).Select(c => (c.Key.Status, c.Key.Side, c.Value))];
            contested = calendar.ContestedOn(day);
        }
        else
        {
            // An identity is counted once, by its own entry (whose fate is derived over its records).
            var identities = context.PersonIndex.AsNoTracking().Where(e => e.PersonId == e.IdentityId);
            var indexed = await identities
                .GroupBy(e => new { e.Fate, e.Side })
                .Select(g => new { g.Key.Fate, g.Key.Side, People = g.Count() })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            counts = [.. indexed.Select(c => (c.Fate, c.Side, c.People))];
            contested = await identities.CountAsync(e => e.IsContested, cancellationToken).ConfigureAwait(false);
        }

        var openMatches = await context.ListMatches
            .CountAsync(m => m.Decision == MatchDecision.Pending || m.Decision == MatchDecision.Unsure, cancellationToken).ConfigureAwait(false);

        // Partial dates are stored as text that sorts by time within a precision; sort in memory
        // over a bounded set instead of trusting text order across "2020" and "2020-12-14".
        var sources = await context.Sources.AsNoTracking()
            .Select(s => new DashboardSource(s.Id, s.Title, s.Publisher, s.PublishedOn, s.Reliability))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var latest = sources
            .OrderByDescending(s => s.PublishedOn?.Latest ?? DateOnly.MinValue)
            .ThenBy(s => s.Title, StringComparer.Ordinal)
            .Take(SourcesShown)
            .ToList();

        return new Dashboard(
            counts.Sum(c => c.People),
            [.. counts.OrderBy(c => c.Fate.HasValue ? (int)c.Fate.Value : -1).ThenBy(c => c.Side, Comparer<string?>.Create(SideOrder.Compare)).Select(c => new DashboardFateCount(c.Fate, c.Side, c.People))],
            latest,
            contested,
            openMatches,
            asOf,
            recordedOn);
    }
}
