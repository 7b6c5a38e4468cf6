using Whereabouts.Application.Legal;
using Whereabouts.Application.Tests.Support;
using Whereabouts.Application.Tracing;
using Whereabouts.Domain;

namespace Whereabouts.Application.Tests.Tracing;

/// <summary>The dashboard's counts of the tracing office's work, on a registry of invented requests.</summary>
public sealed class TracingWorkQueryTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;
    private TracingWorkRegistry _registry = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _registry = await TracingWorkRegistry.CreateAsync();

    public ValueTask DisposeAsync() => _registry.DisposeAsync();

    [Fact]
    public async Task RunAsync_OneOfEachKindOfWork_CountsEach()
    {
        // Overdue, from the public form, still open.
        await _registry.RequestAsync("T-2021-0001", Day(-40), Now.AddDays(-40), channel: TracingRequestChannel.PublicForm);

        // Answered "missing"; since then captured (inform again) and asserted after the answer (new evidence).
        var son = await _registry.PersonAsync("Countedyan", Now.AddDays(-50), (FateStatus.Missing, 11));
        var answered = await _registry.RequestAsync("T-2021-0002", Day(-50), Now.AddDays(-50), son);
        await _registry.AnswerAsync(answered, son, FateStatus.Missing, Now.AddDays(-45));
        await _registry.MoveAsync(answered, TracingRequestStatus.Answered, Now.AddDays(-45));
        await _registry.AssertAsync(son, FateStatus.CaptureConfirmed, 20, Now.AddDays(-1));

        // Closed: counted nowhere.
        var closed = await _registry.RequestAsync("T-2021-0003", Day(-90), Now.AddDays(-90));
        await _registry.MoveAsync(closed, TracingRequestStatus.Closed, Now.AddDays(-80), "duplicate of another request");

        var work = await Query().RunAsync(Cancel);

        Assert.Equal(new TracingWork(OpenRequests: 2, FromPublicForm: 1, Unanswered: 1, InformAgain: 1, NewEvidence: 1, AnswerWithinDays: 30), work);
    }

    [Fact]
    public async Task RunAsync_HistoriesStillBeingPrepared_LeavesInformAgainUncounted()
    {
        using var histories = new Whereabouts.Application.Reports.FateHistoryCache(_registry.Database);

        var work = await Query(histories).RunAsync(Cancel);

        Assert.Null(work.InformAgain);
        Assert.Equal(0, work.OpenRequests);
    }

    private static PartialDate Day(int days) => PartialDate.OfDay(DateOnly.FromDateTime(Now.UtcDateTime).AddDays(days));

    private TracingWorkQuery Query(Whereabouts.Application.Reports.FateHistoryCache? histories = null)
    {
        var database = _registry.Database;
        return new TracingWorkQuery(
            database,
            new UnansweredRequestsQuery(database, TimeProvider.System),
            new InformAgainQuery(database, histories),
            new NewEvidenceQuery(database),
            histories);
    }
}
