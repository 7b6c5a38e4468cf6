using Whereabouts.Application.Tests.Support;
using Whereabouts.Application.Tracing;
using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Application.Tests.Tracing;

/// <summary>Requests whose person has evidence recorded since the family was answered, on a registry of invented people.</summary>
public abstract class NewEvidenceQueryTests(DatabaseProvider provider) : IAsyncLifetime
{
    private static readonly DateTimeOffset Earlier = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.AddDays(-60).ToUnixTimeSeconds());
    private static readonly DateTimeOffset Answered = Earlier.AddDays(10);
    private TracingWorkRegistry _registry = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private NewEvidenceQuery Query => new(_registry.Database);

    public async ValueTask InitializeAsync() => _registry = await TracingWorkRegistry.CreateAsync(provider);

    public async ValueTask DisposeAsync()
    {
        await _registry.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task ListAsync_FateAssertedAfterTheAnswer_ListsTheRequest()
    {
        var (person, request) = await AnsweredAsync("Assertedyan", "T-2021-0001");
        var after = Answered.AddDays(3);
        await _registry.AssertAsync(person, FateStatus.ReportedCaptured, 20, after, Credibility.DoubtfullyTrue);

        var found = Assert.Single(await Query.ListAsync(Cancel));

        Assert.Equal((request, person, "Invented Assertedyan", 1, 0, 0, 0), (found.Request.RequestId, found.PersonId, found.DisplayName, found.FateAssertions, found.Retractions, found.Names, found.CaptivityEvents));
        Assert.Equal((Answered, after), (found.AnsweredAt, found.LatestEvidenceAt));
    }

    [Fact]
    public async Task ListAsync_EvidenceOnlyBeforeTheAnswer_IsNotListed()
    {
        var (person, _) = await AnsweredAsync("Beforeyan", "T-2021-0002");
        await _registry.AssertAsync(person, FateStatus.ReportedCaptured, 20, Answered.AddDays(-1), Credibility.DoubtfullyTrue);

        Assert.Empty(await Query.ListAsync(Cancel));
    }

    [Fact]
    public async Task ListAsync_NameAddedAfterTheAnswer_CountsTheName()
    {
        var (person, _) = await AnsweredAsync("Namedyan", "T-2021-0003");
        await _registry.AddNameAsync(person, "Namedian");

        var found = Assert.Single(await Query.ListAsync(Cancel));

        Assert.Equal((1, 0), (found.Names, found.FateAssertions));
    }

    [Fact]
    public async Task ListAsync_CaptivityEventAfterTheAnswer_CountsIt()
    {
        var (person, _) = await AnsweredAsync("Visitedyan", "T-2021-0004");
        await using (var context = _registry.Db.NewContext())
        {
            context.CaptivityEvents.Add(new CaptivityEvent(
                Guid.NewGuid(), person, CaptivityEventKind.Visit, PartialDate.OfDay(2021, 1, 3), null, "Invented place", "ICRC", null, _registry.Source.Id, "caseworker-1", Answered.AddDays(2)));
            await context.SaveChangesAsync(Cancel);
        }

        var found = Assert.Single(await Query.ListAsync(Cancel));

        Assert.Equal(1, found.CaptivityEvents);
    }

    [Fact]
    public async Task ListAsync_ClosedRequest_IsNeverListed()
    {
        var (person, request) = await AnsweredAsync("Closedyan", "T-2021-0005");
        await _registry.MoveAsync(request, TracingRequestStatus.Closed, Answered.AddDays(1), "the family was told");
        await _registry.AssertAsync(person, FateStatus.Deceased, 25, Answered.AddDays(3));

        Assert.Empty(await Query.ListAsync(Cancel));
    }

    [Fact]
    public async Task ListAsync_NeverAnswered_IsNotListed()
    {
        var person = await _registry.PersonAsync("Unansweredyan", Earlier, (FateStatus.Missing, 11));
        await _registry.RequestAsync("T-2021-0006", PartialDate.OfDay(2021, 1, 5), Earlier, person);
        await _registry.AssertAsync(person, FateStatus.Deceased, 25, Answered.AddDays(3));

        Assert.Empty(await Query.ListAsync(Cancel));
    }

    private async Task<(Guid Person, Guid Request)> AnsweredAsync(string family, string reference)
    {
        var person = await _registry.PersonAsync(family, Earlier, (FateStatus.Missing, 11));
        var request = await _registry.RequestAsync(reference, PartialDate.OfDay(DateOnly.FromDateTime(Earlier.UtcDateTime)), Earlier, person);
        await _registry.AnswerAsync(request, person, FateStatus.Missing, Answered);
        await _registry.MoveAsync(request, TracingRequestStatus.Answered, Answered);
        return (person, request);
    }
}
