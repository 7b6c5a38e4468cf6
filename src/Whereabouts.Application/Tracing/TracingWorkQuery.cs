using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Legal;
using Whereabouts.Application.Reports;
using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Application.Tracing;

/// <summary>Counts what the tracing office has to do, for the dashboard.</summary>
/// <param name="database">The registry.</param>
/// <param name="unanswered">The overdue requests.</param>
/// <param name="informAgain">The families to inform again.</param>
/// <param name="newEvidence">The requests with new evidence.</param>
/// <param name="histories">
/// The fate histories the web app keeps; while they are still being prepared after a start the
/// families to inform again are not counted (that needs everyone's fate), rather than keeping the
/// dashboard waiting. Null: always counted.
/// </param>
public sealed class TracingWorkQuery(
    WhereaboutsDatabase database,
    UnansweredRequestsQuery unanswered,
    InformAgainQuery informAgain,
    NewEvidenceQuery newEvidence,
    FateHistoryCache? histories = null)
{
    /// <summary>The counts as the registry stands now.</summary>
    public async Task<TracingWork> RunAsync(CancellationToken cancellationToken = default)
    {
        int open;
        int fromPublic;
        await using (var context = database.CreateContext())
        {
            var requests = context.TracingRequests.AsNoTracking().IgnoreAutoIncludes();
            open = await requests.CountAsync(r => r.Status != TracingRequestStatus.Closed, cancellationToken).ConfigureAwait(false);
            fromPublic = await requests
                .CountAsync(r => r.Status == TracingRequestStatus.Open && r.Channel == TracingRequestChannel.PublicForm, cancellationToken).ConfigureAwait(false);
        }

        var overdue = await unanswered.ListAsync(cancellationToken).ConfigureAwait(false);
        int? families = histories is null || histories.State == PreparationState.Ready
            ? (await informAgain.ListAsync(cancellationToken).ConfigureAwait(false)).Count
            : null;
        var evidence = await newEvidence.ListAsync(cancellationToken).ConfigureAwait(false);
        return new TracingWork(open, fromPublic, overdue.Count, families, evidence.Count, unanswered.Days);
    }
}
