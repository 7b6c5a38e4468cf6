using Whereabouts.Application.Legal;
using Whereabouts.Application.Tests.Support;
using Whereabouts.Application.Tracing;
using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Application.Tests.Tracing;

/// <summary>Families to inform again with the requests their relatives made, on a registry of invented people.</summary>
public abstract class FamiliesToInformAgainQueryTests(DatabaseProvider provider) : IAsyncLifetime
{
    private static readonly DateTimeOffset Earlier = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.AddDays(-60).ToUnixTimeSeconds());
    private TracingWorkRegistry _registry = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private FamiliesToInformAgainQuery Query => new(_registry.Database, new InformAgainQuery(_registry.Database));

    public async ValueTask InitializeAsync() => _registry = await TracingWorkRegistry.CreateAsync(provider);

    public async ValueTask DisposeAsync()
    {
        await _registry.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task ListAsync_FamilyToldMissingWhoseSonIsLaterCaptureConfirmed_IsListedWithItsRequest()
    {
        var son = await _registry.PersonAsync("Soughtyan", Earlier, (FateStatus.Missing, 11));
        var request = await _registry.RequestAsync("T-2021-0042", PartialDate.OfDay(2021, 1, 5), Earlier, son);
        await _registry.AnswerAsync(request, son, FateStatus.Missing, Earlier.AddDays(1));
        Assert.Empty(await Query.ListAsync(Cancel));

        await _registry.AssertAsync(son, FateStatus.CaptureConfirmed, 20, DateTimeOffset.UtcNow);

        var found = Assert.Single(await Query.ListAsync(Cancel));
        Assert.Equal((son, FateStatus.Missing, FateStatus.CaptureConfirmed), (found.Case.PersonId, found.Case.Told, found.Case.Now));
        var link = Assert.Single(found.Requests);
        Assert.Equal((request, "T-2021-0042", "mother"), (link.RequestId, link.Reference, link.Relationship));
    }

    [Fact]
    public async Task ListAsync_FamilyToldWithoutARequest_IsListedWithNoRequests()
    {
        var person = await _registry.PersonAsync("Norequestyan", Earlier, (FateStatus.Missing, 11), (FateStatus.Deceased, 25));
        await _registry.AnswerAsync(null, person, FateStatus.Missing, Earlier.AddDays(1));

        var found = Assert.Single(await Query.ListAsync(Cancel));

        Assert.Empty(found.Requests);
    }

    [Fact]
    public async Task ListAsync_TwoRequestsAboutOnePerson_ListsBothEarliestFirst()
    {
        var son = await _registry.PersonAsync("Twiceyan", Earlier, (FateStatus.Missing, 11), (FateStatus.Released, 28));
        var first = await _registry.RequestAsync("T-2021-0007", PartialDate.OfDay(2021, 1, 5), Earlier, son);
        await _registry.RequestAsync("T-2021-0008", PartialDate.OfDay(2021, 1, 6), Earlier.AddHours(1), son, relationship: "brother");
        await _registry.AnswerAsync(first, son, FateStatus.Missing, Earlier.AddDays(1));

        var found = Assert.Single(await Query.ListAsync(Cancel));

        Assert.Equal(["mother", "brother"], found.Requests.Select(r => r.Relationship));
    }

    [Fact]
    public async Task ListAsync_FamilyToldWhatTheEvidenceStillSays_IsNotListed()
    {
        var son = await _registry.PersonAsync("Stillyan", Earlier, (FateStatus.Missing, 11));
        var request = await _registry.RequestAsync("T-2021-0009", PartialDate.OfDay(2021, 1, 5), Earlier, son);
        await _registry.AnswerAsync(request, son, FateStatus.Missing, Earlier.AddDays(1));

        Assert.Empty(await Query.ListAsync(Cancel));
    }
}
