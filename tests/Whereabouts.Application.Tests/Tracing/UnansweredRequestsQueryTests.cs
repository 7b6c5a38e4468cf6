using Whereabouts.Application.Tests.Support;
using Whereabouts.Application.Tracing;
using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Application.Tests.Tracing;

/// <summary>Requests with no answer within the deadline, on a registry of invented requests; today is 31 March 2021.</summary>
public abstract class UnansweredRequestsQueryTests(DatabaseProvider provider) : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2021, 3, 31, 12, 0, 0, TimeSpan.Zero);
    private TracingWorkRegistry _registry = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private UnansweredRequestsQuery Query => new(_registry.Database, new ManualClock(Now));

    public async ValueTask InitializeAsync() => _registry = await TracingWorkRegistry.CreateAsync(provider);

    public async ValueTask DisposeAsync()
    {
        await _registry.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task ListAsync_TwentyNineThirtyAndThirtyOneDays_ListsThirtyAndThirtyOneOldestFirst()
    {
        await RequestAsync("T-2021-0029", daysAgo: 29);
        await RequestAsync("T-2021-0030", daysAgo: 30);
        await RequestAsync("T-2021-0031", daysAgo: 31);

        var found = await Query.ListAsync(Cancel);

        Assert.Equal(["T-2021-0031", "T-2021-0030"], found.Select(r => r.Reference));
        Assert.Equal([31, 30], found.Select(r => r.DaysWaiting));
        Assert.Equal(new DateOnly(2021, 2, 28), found[0].WaitingSince);
        Assert.Equal(30, Query.Days);
    }

    [Fact]
    public async Task ListAsync_ClosedRequest_IsNeverListed()
    {
        var closed = await RequestAsync("T-2021-0001", daysAgo: 90);
        await _registry.MoveAsync(closed, TracingRequestStatus.Closed, Now.AddDays(-80), "the family withdrew the request");

        Assert.Empty(await Query.ListAsync(Cancel));
    }

    [Fact]
    public async Task ListAsync_AnsweredRequest_IsNotListed()
    {
        var person = await _registry.PersonAsync("Answeredyan", Now.AddDays(-100), (FateStatus.Missing, 11));
        var request = await RequestAsync("T-2021-0002", daysAgo: 60, person);
        await _registry.AnswerAsync(request, person, FateStatus.Missing, Now.AddDays(-50));
        await _registry.MoveAsync(request, TracingRequestStatus.Answered, Now.AddDays(-50));

        Assert.Empty(await Query.ListAsync(Cancel));
    }

    [Fact]
    public async Task ListAsync_MovedBackToSearchingAfterTheAnswer_IsListedFromTheMoveBack()
    {
        var person = await _registry.PersonAsync("Reopenedyan", Now.AddDays(-100), (FateStatus.Missing, 11));
        var request = await RequestAsync("T-2021-0003", daysAgo: 100, person);
        await _registry.AnswerAsync(request, person, FateStatus.Missing, Now.AddDays(-90));
        await _registry.MoveAsync(request, TracingRequestStatus.Answered, Now.AddDays(-90));
        await _registry.MoveAsync(request, TracingRequestStatus.Searching, Now.AddDays(-35));

        var found = Assert.Single(await Query.ListAsync(Cancel));

        Assert.Equal(("T-2021-0003", TracingRequestStatus.Searching, 35), (found.Reference, found.Status, found.DaysWaiting));
    }

    [Fact]
    public async Task ListAsync_ReopenedAndAnsweredAgain_IsNotListed()
    {
        var person = await _registry.PersonAsync("Againyan", Now.AddDays(-100), (FateStatus.Missing, 11));
        var request = await RequestAsync("T-2021-0004", daysAgo: 100, person);
        await _registry.MoveAsync(request, TracingRequestStatus.Closed, Now.AddDays(-90), "no trace");
        await _registry.MoveAsync(request, TracingRequestStatus.Open, Now.AddDays(-60), "the family wrote again");
        await _registry.AnswerAsync(request, person, FateStatus.Missing, Now.AddDays(-40));

        Assert.Empty(await Query.ListAsync(Cancel));
    }

    [Fact]
    public async Task ListAsync_ConfiguredDeadline_ListsFromThatDay()
    {
        await RequestAsync("T-2021-0010", daysAgo: 10);
        await RequestAsync("T-2021-0009", daysAgo: 9);

        var found = await new UnansweredRequestsQuery(_registry.Database, new ManualClock(Now), new AnswerDeadline(10)).ListAsync(Cancel);

        Assert.Equal("T-2021-0010", Assert.Single(found).Reference);
    }

    private Task<Guid> RequestAsync(string reference, int daysAgo, Guid? person = null) =>
        _registry.RequestAsync(reference, PartialDate.OfDay(DateOnly.FromDateTime(Now.UtcDateTime).AddDays(-daysAgo)), Now.AddDays(-daysAgo), person);
}
