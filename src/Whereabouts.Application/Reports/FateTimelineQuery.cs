using Whereabouts.Storage;

namespace Whereabouts.Application.Reports;

/// <summary>Reads the fate timeline (see <see cref="FateTimeline"/>) from the registry.</summary>
/// <param name="database">The registry.</param>
/// <param name="time">The clock, for today.</param>
/// <param name="histories">The histories kept between reports, or null to read them for each report.</param>
public sealed class FateTimelineQuery(WhereaboutsDatabase database, TimeProvider time, FateHistoryCache? histories = null)
{
    /// <summary>Computes the timeline the request asks for.</summary>
    /// <exception cref="Common.ValidationFailedException">The range is backwards or too long for its step.</exception>
    public async Task<FateTimeline> RunAsync(FateTimelineRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var context = database.CreateContext();

        // Every history is needed: a fate on a past day is derived from the assertions, which the
        // search index (today's fate only) cannot answer. Names and details are not.
        var everyone = await FateHistoryCache.ReadAsync(histories, context, request.RecordedOn, cancellationToken).ConfigureAwait(false);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

        // As recorded on a day, the registry knew nothing past it: a default range ends there.
        if (request.RecordedOn is { } recorded && recorded < today)
        {
            today = recorded;
        }

        return FateTimeline.ComputeFromHistories(everyone, request, today);
    }
}
