using Microsoft.EntityFrameworkCore;
using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Application.Tracing;

/// <summary>
/// Where each request that is not closed stands with its answers: when the office's wait for an
/// answer began, and the latest family notification that answered it. Shared by the lists of what
/// must be done next, so that they agree on what "answered" means.
/// </summary>
internal sealed record RequestWork(TracingRequest Request, DateTimeOffset? WaitingSince, FamilyNotification? LatestAnswer, FamilyNotification? AnswerSinceWaiting)
{
    /// <summary>Every request that is not closed, with its answers.</summary>
    public static async Task<IReadOnlyList<RequestWork>> ReadAsync(WhereaboutsDbContext context, CancellationToken cancellationToken)
    {
        var requests = await context.TracingRequests.AsNoTracking()
            .Where(r => r.Status != TracingRequestStatus.Closed)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var answers = (await context.FamilyNotifications.AsNoTracking()
                .Where(n => n.TracingRequestId != null)
                .ToListAsync(cancellationToken).ConfigureAwait(false))
            .ToLookup(n => n.TracingRequestId!.Value);
        return [.. requests.Select(r =>
        {
            var since = WaitingSinceOf(r);
            var told = answers[r.Id].OrderBy(n => n.RecordedAt).ThenBy(n => n.Id).ToList();
            return new RequestWork(
                r,
                since,
                told.LastOrDefault(),
                told.LastOrDefault(n => since is null || n.RecordedAt >= since));
        })];
    }

    /// <summary>
    /// When the request last had to be answered anew: the moment it was reopened, or moved back from
    /// answered to searching (the evidence changed); null when neither happened, and an answer at any
    /// time counts.
    /// </summary>
    public static DateTimeOffset? WaitingSinceOf(TracingRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        DateTimeOffset? since = null;
        TracingRequestStatus? previous = null;
        foreach (var step in request.Steps.OrderBy(s => s.At))
        {
            if ((step.Status == TracingRequestStatus.Open && previous is not null)
                || (step.Status == TracingRequestStatus.Searching && previous == TracingRequestStatus.Answered))
            {
                since = step.At;
            }

            previous = step.Status;
        }

        return since;
    }
}
