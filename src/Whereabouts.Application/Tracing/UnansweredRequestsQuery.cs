using Whereabouts.Storage;

namespace Whereabouts.Application.Tracing;

/// <summary>
/// The requests with no answer for the office's deadline (<see cref="AnswerDeadline"/>): not
/// closed, and no family notification names them, or none since they were reopened or moved back
/// to searching. The wait counts from the day the family asked (the earliest day a partial date
/// allows, so that a family is never listed late), or from the reopening when that was later: a
/// request answered long ago and reopened today has not been waiting for years.
/// </summary>
public sealed class UnansweredRequestsQuery(WhereaboutsDatabase database, TimeProvider clock, AnswerDeadline? deadline = null)
{
    /// <summary>The days after which a request is overdue.</summary>
    public int Days { get; } = (deadline ?? new AnswerDeadline()).Days;

    /// <summary>The overdue requests, the longest-waiting first.</summary>
    public async Task<IReadOnlyList<UnansweredRequest>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var work = await RequestWork.ReadAsync(context, cancellationToken).ConfigureAwait(false);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return [.. work
            .Where(w => w.AnswerSinceWaiting is null)
            .Select(w =>
            {
                var received = w.Request.ReceivedOn.Earliest;
                var since = w.WaitingSince is { } reopened && DateOnly.FromDateTime(reopened.UtcDateTime) > received
                    ? DateOnly.FromDateTime(reopened.UtcDateTime)
                    : received;
                return new UnansweredRequest(
                    w.Request.Id,
                    w.Request.Reference,
                    w.Request.ReceivedOn,
                    w.Request.Channel,
                    w.Request.Status,
                    w.Request.Relationship,
                    w.Request.SoughtName,
                    w.Request.PersonId,
                    since,
                    today.DayNumber - since.DayNumber);
            })
            .Where(r => r.DaysWaiting >= Days)
            .OrderByDescending(r => r.DaysWaiting)
            .ThenBy(r => r.Reference, StringComparer.Ordinal)];
    }
}
