using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Common;
using Whereabouts.Application.Lists;
using Whereabouts.Domain;
using Whereabouts.Storage;
using Whereabouts.Testing;

namespace Whereabouts.Application.Tests.Lists;

/// <summary>
/// People gone from a newer version of a list of captives, highlighted until acknowledged once,
/// run against each provider by <see cref="SqliteListDeparturesTests"/> and <see cref="PostgresListDeparturesTests"/>.
/// </summary>
public abstract class ListDeparturesContractTests(DatabaseProvider provider) : IAsyncLifetime
{
    private const string Actor = "caseworker-anna";
    private TestDatabase _db = null!;
    private Guid _first;
    private Guid _second;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private ListDepartures Departures => new(_db.Database, new FixedActor(Actor), TimeProvider.System);

    public async ValueTask InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(provider);
        _first = await ListVersionsFixture.ImportAsync(_db.Database, ListVersionsFixture.First, "Invented captives v1");
        _second = await ListVersionsFixture.ImportAsync(_db.Database, ListVersionsFixture.Second, "Invented captives v2", _first);
    }

    public async ValueTask DisposeAsync()
    {
        await _db.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task PendingAsync_CaptiveGoneFromTheNewerVersion_IsPendingUntilAcknowledged()
    {
        var pending = Assert.Single(await Departures.PendingAsync(Cancel));
        Assert.Equal((_second, _first, "r3"), (pending.List.SourceId, pending.Earlier.SourceId, pending.Row.RowId));
        Assert.Equal(1, await Departures.CountPendingAsync(Cancel));

        var id = await Departures.AcknowledgeAsync(_second, pending.Row.EntryId, "Asked the ICRC (invented note).", Cancel);

        Assert.NotNull(id);
        Assert.Empty(await Departures.PendingAsync(Cancel));
        Assert.Equal(0, await Departures.CountPendingAsync(Cancel));
        await using var context = _db.NewContext();
        var saved = await context.ListDepartureAcknowledgements.SingleAsync(a => a.Id == id, Cancel);
        Assert.Equal((Actor, pending.Row.PersonId, "Asked the ICRC (invented note)."), (saved.AcknowledgedBy, (Guid?)saved.PersonId, saved.Note));
        Assert.True(await context.AuditEntries.AnyAsync(e => e.EntityType == nameof(ListDepartureAcknowledgement) && e.Actor == Actor, Cancel));
        var gone = Assert.Single((await new ListChangesQuery(_db.Database).RunAsync(_second, Cancel))!.Gone);
        Assert.Equal((true, false, Actor), (gone.IsDeparture, gone.IsPending, gone.AcknowledgedBy));
    }

    [Fact]
    public async Task AcknowledgeAsync_Twice_RefusesTheSecond()
    {
        var pending = Assert.Single(await Departures.PendingAsync(Cancel));
        await Departures.AcknowledgeAsync(_second, pending.Row.EntryId, null, Cancel);

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => Departures.AcknowledgeAsync(_second, pending.Row.EntryId, "again", Cancel));

        Assert.Equal("list-departure.already-acknowledged", refused.Rule);
        await using var context = _db.NewContext();
        Assert.Equal(1, await context.ListDepartureAcknowledgements.CountAsync(Cancel));
    }

    [Fact]
    public async Task AcknowledgeAsync_RowStillOnTheList_ReturnsNull()
    {
        await using var context = _db.NewContext();
        var stayed = await context.ListEntries.Where(e => e.SourceId == _first && e.RecordId == "r1").Select(e => e.Id).SingleAsync(Cancel);

        Assert.Null(await Departures.AcknowledgeAsync(_second, stayed, null, Cancel));
        Assert.Null(await Departures.AcknowledgeAsync(Guid.NewGuid(), stayed, null, Cancel));
    }

    [Fact]
    public async Task AcknowledgeAsync_GoneRowTheListSaidWasReleased_IsNoDeparture()
    {
        // Version 3 drops Gevorg, whom version 2 listed as released: news already recorded.
        var third = await ListVersionsFixture.ImportAsync(
            _db.Database,
            ListVersionsFixture.Header
                + "r1,Aram,Invented-Sargsyan,1990-05-01,CaptureConfirmed,2021-01-12\n"
                + "r4,Tigran,Invented-Grigoryan,1999-07-07,CaptureConfirmed,2021-02-12\n",
            "Invented captives v3",
            _second);
        var changes = await new ListChangesQuery(_db.Database).RunAsync(third, Cancel);
        var gone = Assert.Single(changes!.Gone);
        Assert.False(gone.IsDeparture);

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() => Departures.AcknowledgeAsync(third, gone.Row.EntryId, null, Cancel));

        Assert.Equal("list-departure.not-a-departure", refused.Rule);
        Assert.DoesNotContain(await Departures.PendingAsync(Cancel), d => d.List.SourceId == third);
    }

    [Fact]
    public async Task ForPersonAsync_PersonGone_ListsTheDepartureAndNothingForOthers()
    {
        var pending = Assert.Single(await Departures.PendingAsync(Cancel));
        await using var context = _db.NewContext();
        var stayed = await (
                from e in context.ListEntries
                where e.SourceId == _first && e.RecordId == "r1"
                join m in context.ListMatches on e.Id equals m.EntryId
                select m.PersonId)
            .SingleAsync(Cancel);

        var mine = Assert.Single(await Departures.ForPersonAsync(pending.Row.PersonId!.Value, Cancel));
        Assert.Equal(_second, mine.List.SourceId);
        Assert.Empty(await Departures.ForPersonAsync(stayed, Cancel));
    }

    [Fact]
    public async Task AcknowledgeAsync_NoteTooLong_IsRefusedByField()
    {
        var pending = Assert.Single(await Departures.PendingAsync(Cancel));

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => Departures.AcknowledgeAsync(_second, pending.Row.EntryId, new string('x', 4001), Cancel));

        Assert.Contains("note", refused.Errors.Keys);
    }
}
