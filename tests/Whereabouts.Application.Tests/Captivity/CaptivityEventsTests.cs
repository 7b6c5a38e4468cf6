using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Captivity;
using Whereabouts.Application.Common;
using Whereabouts.Application.Demo;
using Whereabouts.Application.Tests.Support;
using Whereabouts.Domain;
using Whereabouts.Storage;
using Whereabouts.Testing;

namespace Whereabouts.Application.Tests.Captivity;

public sealed class CaptivityEventsTests : IAsyncLifetime
{
    private static readonly Guid HinTagher15 = DemoIds.For("person/hin-tagher/15");
    private static readonly Guid IcrcList = DemoIds.For("source/invented/icrc-list-2020");
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
    private TestDatabase _db = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private CaptivityEvents Events => new(_db.Database, new FixedActor("caseworker-1"), _clock);

    public async ValueTask InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await new DemoLoader(_db.Database).LoadAsync(Cancel);
    }

    public async ValueTask DisposeAsync()
    {
        await _db.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task RecordAsync_AVisit_IsListedWithItsSourceAndAuditedUnderTheActor()
    {
        var saved = await Events.RecordAsync(HinTagher15, Visit(), Cancel);

        Assert.NotNull(saved);
        var listed = Assert.Single(await Events.ListAsync(HinTagher15, Cancel) ?? []);
        Assert.Equal(CaptivityEventKind.Visit, listed.Kind);
        Assert.Equal("azerbaijani", listed.DetainingParty);
        Assert.Equal(IcrcList, listed.Source.Id);
        Assert.Contains("invented", listed.Source.Title, StringComparison.OrdinalIgnoreCase);
        Assert.True(listed.Stands);
        await using var context = _db.NewContext();
        var audit = await context.AuditEntries.SingleAsync(e => e.EntityType == nameof(CaptivityEvent) && e.EntityId == saved.Id.ToString(), Cancel);
        Assert.Equal("caseworker-1", audit.Actor);
    }

    [Fact]
    public async Task RecordAsync_UnknownPartyAndSourceAndAFutureDay_NamesEachFieldAndSavesNothing()
    {
        var wrong = Visit() with { DetainingParty = "atlantis", SourceId = Guid.NewGuid(), OccurredOn = "2027-01-01", Kind = "Picnic" };

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => Events.RecordAsync(HinTagher15, wrong, Cancel));

        Assert.Equal(["detainingParty", "kind", "occurredOn", "sourceId"], refused.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Empty(await Events.ListAsync(HinTagher15, Cancel) ?? []);
    }

    [Fact]
    public async Task RecordAsync_NoKindNoDateNoSource_AsksForEach()
    {
        var refused = await Assert.ThrowsAsync<ValidationFailedException>(
            () => Events.RecordAsync(HinTagher15, new CaptivityEventInput(null, null, null, null, null, null, null), Cancel));

        Assert.Equal(["kind", "occurredOn", "sourceId"], refused.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task RecordAsync_NoSuchPerson_IsNull()
    {
        Assert.Null(await Events.RecordAsync(Guid.NewGuid(), Visit(), Cancel));
    }

    [Fact]
    public async Task RetractAsync_Once_StaysListedAsRetracted_AndASecondTimeIsRefused()
    {
        var saved = await Events.RecordAsync(HinTagher15, Visit(), Cancel);
        _clock.Advance(TimeSpan.FromHours(1));

        var retracted = await Events.RetractAsync(saved!.Id, new CaptivityRetractionInput("Another man of the same name (test)."), Cancel);
        var again = await Assert.ThrowsAsync<ValidationFailedException>(
            () => Events.RetractAsync(saved.Id, new CaptivityRetractionInput("Again."), Cancel));

        Assert.NotNull(retracted);
        Assert.False(retracted.Stands);
        Assert.Equal("caseworker-1", retracted.RetractedBy);
        Assert.Equal(_clock.GetUtcNow(), retracted.RetractedAt);
        Assert.Contains("reason", again.Errors.Keys);
        var listed = Assert.Single(await Events.ListAsync(HinTagher15, Cancel) ?? []);
        Assert.Equal("Another man of the same name (test).", listed.RetractionReason);
    }

    [Fact]
    public async Task RetractAsync_NoReason_IsRefused_AndNoSuchEventIsNull()
    {
        var saved = await Events.RecordAsync(HinTagher15, Visit(), Cancel);

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => Events.RetractAsync(saved!.Id, new CaptivityRetractionInput(" "), Cancel));

        Assert.Contains("reason", refused.Errors.Keys);
        Assert.Null(await Events.RetractAsync(Guid.NewGuid(), new CaptivityRetractionInput("Why."), Cancel));
    }

    [Fact]
    public async Task ListAsync_DemoCaptive_GivesHisEventsEarliestFirst_AndNoSuchPersonIsNull()
    {
        var listed = await Events.ListAsync(DemoIds.For("person/hin-tagher/1"), Cancel);

        Assert.NotNull(listed);
        Assert.Equal(listed.OrderBy(e => e.OccurredOn.StatedStart).Select(e => e.Id), listed.Select(e => e.Id));
        Assert.Contains(listed, e => e.Kind == CaptivityEventKind.CaptureCard);
        Assert.Null(await Events.ListAsync(Guid.NewGuid(), Cancel));
    }

    private static CaptivityEventInput Visit() =>
        new("visit", "2021-02-01", "Azerbaijani", "Place of detention (test)", "ICRC delegation (test)", null, IcrcList);
}
