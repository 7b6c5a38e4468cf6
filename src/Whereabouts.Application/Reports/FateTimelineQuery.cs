using Whereabouts.Storage;

namespace Whereabouts.Application.Reports;

/// <summary>Reads the fate timeline (see <see cref="FateTimeline"/>) from the registry.</summary>
public sealed class FateTimelineQuery(WhereaboutsDatabase database, TimeProvider time)
{
    /// <summary>Computes the timeline the request asks for.</summary>
    /// <exception cref="Common.ValidationFailedException">The range is backwards or too long for its step.</exception>
    public async Task<FateTimeline> RunAsync(FateTimelineRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await using var context = database.CreateContext();

        // Every history is needed: a fate on a past day is derived from the assertions, which the
        // search index (today's fate only) cannot answer. Names and details are not.
        var histories = await FateHistoryReader.ReadAsync(context, request.Side, cancellationToken).ConfigureAwait(false);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        return FateTimeline.ComputeFromHistories(histories, request, today);
    }
}
