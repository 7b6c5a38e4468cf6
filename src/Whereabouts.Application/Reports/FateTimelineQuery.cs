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

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

        // As recorded on a day, the registry knew nothing past it: a default range ends there.
        if (request.RecordedOn is { } recorded && recorded < today)
        {
            today = recorded;
        }

        // Every history is needed: a fate on a past day is derived from the assertions, which the
        // search index (today's fate only) cannot answer. Their counts on every day are made once
        // per kept histories (FateCalendar), so a timeline reads those; one incident's people
        // are picked from the histories themselves.
        if (request.IncidentId is null)
        {
            var calendar = await FateHistoryCache.ReadCalendarAsync(histories, context, request.RecordedOn, cancellationToken).ConfigureAwait(false);
            return FateTimeline.ComputeFromCalendar(calendar, request, today);
        }

        var everyone = await FateHistoryCache.ReadAsync(histories, context, request.RecordedOn, cancellationToken).ConfigureAwait(false);
        return FateTimeline.ComputeFromHistories(everyone, request, today);
    }
}
