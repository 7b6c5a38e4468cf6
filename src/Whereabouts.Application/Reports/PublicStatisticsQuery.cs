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

        // Today's fates from the histories too, not from the search index: the same people counted
        // the same way on every day asked about.
        var calendar = await FateHistoryCache.ReadCalendarAsync(histories, context, cancellationToken).ConfigureAwait(false);
        return PublicStatistics.FromCounts(calendar.PeopleOn(asOf), asOf);
    }
}
