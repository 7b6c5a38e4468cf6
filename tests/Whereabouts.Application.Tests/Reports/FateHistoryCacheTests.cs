using Whereabouts.Application.Reports;
using Whereabouts.Domain;
using Whereabouts.Storage;
using Whereabouts.Testing;

namespace Whereabouts.Application.Tests.Reports;

/// <summary>
/// The histories kept between reports: the same ones while nothing is saved, the stored ones as
/// soon as anything is, whoever saved it.
/// </summary>
public sealed partial class FateHistoryCacheTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Recorded = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private TestDatabase? _database;
    private Source? _source;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private WhereaboutsDatabase Database => _database!.Database;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var context = Database.CreateContext("tests");
        _source = new Source(Guid.NewGuid(), new SourceDetails(SourceKind.List, "An invented list"));
        context.Sources.Add(_source);
        await context.SaveChangesAsync(Cancel);
    }

    public async ValueTask DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [Fact]
    public async Task ReadAsync_NothingSavedSince_GivesTheHistoriesAlreadyRead()
    {
        await AddAsync(FateStatus.Missing);
        using var cache = new FateHistoryCache(Database);

        var first = await cache.ReadAsync(Cancel);
        var again = await cache.ReadAsync(Cancel);

        Assert.Same(first, again);
        Assert.Single(first);
    }

    [Fact]
    public async Task ReadAsync_AfterAFateIsRecordedElsewhere_GivesTheNewHistory()
    {
        var person = await AddAsync(FateStatus.Missing);
        using var cache = new FateHistoryCache(Database);
        var before = await cache.ReadAsync(Cancel);

        // Another context, as another request or the CLI would save it.
        await using (var context = Database.CreateContext("tests"))
        {
            var stored = await context.People.FindAsync([person.Id], Cancel);
            stored!.AssertFate(Assertion(FateStatus.CaptureConfirmed, PartialDate.OfDay(2020, 12, 20)));
            await context.SaveChangesAsync(Cancel);
        }

        var after = await cache.ReadAsync(Cancel);

        Assert.Equal(FateStatus.Missing, Assert.Single(before).Fate.Status);
        Assert.Equal(FateStatus.CaptureConfirmed, Assert.Single(after).Fate.Status);
    }

    [Fact]
    public async Task ReadAsync_AfterAPersonIsAdded_GivesTheirHistoryToo()
    {
        await AddAsync(FateStatus.Missing);
        using var cache = new FateHistoryCache(Database);
        await cache.ReadAsync(Cancel);

        await AddAsync(FateStatus.Deceased);
        var after = await cache.ReadAsync(Cancel);

        Assert.Equal(new[] { FateStatus.Deceased, FateStatus.Missing }.Order(), after.Select(h => h.Fate.Status!.Value).Order());
    }

    [Fact]
    public async Task ReadAsync_ManyAtOnce_AllGetTheSameHistories()
    {
        await AddAsync(FateStatus.Missing);
        using var cache = new FateHistoryCache(Database);

        var all = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => cache.ReadAsync(Cancel)));

        Assert.All(all, histories => Assert.Same(all[0], histories));
    }

    [Fact]
    public async Task PrepareAsync_NewCache_IsPreparingUntilTheHistoriesAreReadThenReady()
    {
        await AddAsync(FateStatus.Missing);
        using var cache = new FateHistoryCache(Database);
        var before = cache.State;

        await cache.PrepareAsync(Cancel);

        Assert.Equal(PreparationState.Preparing, before);
        Assert.Equal(PreparationState.Ready, cache.State);
        Assert.True(cache.Prepared.IsCompletedSuccessfully);
        Assert.Single(await cache.ReadAsync(Cancel));
    }

    [Fact]
    public async Task PrepareAsync_DatabaseUnreadable_FailsAndSaysSo()
    {
        // A folder that does not exist: SQLite cannot open the file.
        var nowhere = Path.Combine(Path.GetTempPath(), "whereabouts-no-such-folder-" + Guid.NewGuid().ToString("N"), "registry.db");
        using var cache = new FateHistoryCache(new WhereaboutsDatabase(DatabaseLocation.Sqlite(nowhere)));

        await Assert.ThrowsAnyAsync<Exception>(() => cache.PrepareAsync(Cancel));

        Assert.Equal(PreparationState.Failed, cache.State);
        Assert.False(cache.Prepared.IsCompleted);
    }

    [Fact]
    public async Task ReadAsync_WhileAWriterHoldsItsTransaction_ReadsWithoutWaitingForIt()
    {
        await AddAsync(FateStatus.Missing);
        using var cache = new FateHistoryCache(Database);
        await using var writer = Database.CreateContext("tests");
        await using var transaction = await writer.Database.BeginTransactionAsync(Cancel);
        writer.People.Add(new Person(Guid.NewGuid(), new PersonName("Invented", "Uncommitted"), new PersonDetails(Side: "armenian"), isInvented: true));
        await writer.SaveChangesAsync(Cancel);

        var histories = await cache.ReadAsync(Cancel).WaitAsync(TimeSpan.FromSeconds(20), Cancel);

        Assert.Single(histories);
        Assert.Equal(PreparationState.Ready, cache.State);
    }

    private async Task<Person> AddAsync(FateStatus status)
    {
        await using var context = Database.CreateContext("tests");
        var person = new Person(Guid.NewGuid(), new PersonName("Invented", "Person"), new PersonDetails(Side: "armenian"), isInvented: true);
        person.AssertFate(Assertion(status, PartialDate.OfDay(2020, 12, 14)));
        context.People.Add(person);
        await context.SaveChangesAsync(Cancel);
        return person;
    }

    private FateAssertion Assertion(FateStatus status, PartialDate asOf) =>
        new(Guid.NewGuid(), status, asOf, new Evidence(_source!.Id, null, "row 1", Credibility.Confirmed), "tests", Recorded);
}
