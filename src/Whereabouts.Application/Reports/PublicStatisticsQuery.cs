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
    public Task<PublicStatistics> RunAsync(DateOnly? asOf = null, CancellationToken cancellationToken = default) =>
        RunAsync(asOf, null, cancellationToken);

    /// <summary>
    /// Computes the public statistics as the registry held them at the end of <paramref name="recordedOn"/>
    /// (<see cref="RecordedDay"/>; null: as it holds them now), on <paramref name="asOf"/> by when
    /// things happened. Given a day as recorded and no <paramref name="asOf"/>, the figures are of
    /// that same day.
    /// </summary>
    public async Task<PublicStatistics> RunAsync(DateOnly? asOf, DateOnly? recordedOn, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var day = asOf ?? recordedOn;

        // Today's fates from the histories too, not from the search index: the same people counted
        // the same way on every day asked about.
        var calendar = await FateHistoryCache.ReadCalendarAsync(histories, context, recordedOn, cancellationToken).ConfigureAwait(false);
        return PublicStatistics.FromCounts(calendar.PeopleOn(day), day) with { RecordedOn = recordedOn };
    }
}
