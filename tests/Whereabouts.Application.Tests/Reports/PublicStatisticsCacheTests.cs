using Whereabouts.Application.Common;
using Whereabouts.Application.Reports;
using Whereabouts.Application.Tests.Support;
using Whereabouts.Domain;
using Whereabouts.Storage;
using Whereabouts.Testing;

namespace Whereabouts.Application.Tests.Reports;

/// <summary>
/// The public statistics served to anonymous visitors: computed at most once a minute per day asked
/// about, never less suppressed than computed, and holding only a bounded number of days.
/// </summary>
public sealed class PublicStatisticsCacheTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Recorded = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
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
    public async Task GetAsync_AgainWithinAMinute_ServesTheFiguresAlreadyComputedAndAfterwardsNewOnes()
    {
        await AddAsync(12, FateStatus.Repatriated);
        var cache = Cache();
        var first = await cache.GetAsync(null, Cancel);

        await AddAsync(6, FateStatus.Missing);
        _clock.Advance(PublicStatisticsCache.Lifetime - TimeSpan.FromSeconds(1));
        var again = await cache.GetAsync(null, Cancel);
        _clock.Advance(TimeSpan.FromSeconds(1));
        var later = await cache.GetAsync(null, Cancel);

        Assert.Same(first, again);
        Assert.Equal(12, first.Total);
        Assert.Equal(18, later.Total);
    }

    [Fact]
    public async Task GetAsync_SmallCellsServedFromTheCache_AreStillHiddenWithTheirComplement()
    {
        // 12 + 7 + 3: the 3 is hidden, and the 7 with it, or the total would give the 3 away.
        await AddAsync(12, FateStatus.Repatriated);
        await AddAsync(7, FateStatus.Missing);
        await AddAsync(3, FateStatus.Deceased);
        var cache = Cache();

        await cache.GetAsync(null, Cancel);
        var cached = await cache.GetAsync(null, Cancel);
        await cache.GetAsync(new DateOnly(2021, 1, 1), Cancel);
        var cachedDay = await cache.GetAsync(new DateOnly(2021, 1, 1), Cancel);

        foreach (var statistics in new[] { cached, cachedDay })
        {
            Assert.Equal(12, Count(statistics, FateStatus.Repatriated));
            Assert.Null(Count(statistics, FateStatus.Missing));
            Assert.Null(Count(statistics, FateStatus.Deceased));
            Assert.Equal(22, statistics.Total);
        }
    }

    [Fact]
    public async Task GetAsync_ADayAndToday_AreKeptApart()
    {
        await AddAsync(6, FateStatus.Repatriated);
        var cache = Cache();

        var today = await cache.GetAsync(null, Cancel);
        var before = await cache.GetAsync(new DateOnly(2020, 12, 1), Cancel);

        Assert.Equal(6, today.Total);
        Assert.Null(today.AsOf);
        Assert.Null(before.Total);
        Assert.Equal(new DateOnly(2020, 12, 1), before.AsOf);
    }

    [Fact]
    public async Task GetAsync_ManyDifferentDays_KeepsNoMoreThanTheMaximum()
    {
        await AddAsync(6, FateStatus.Repatriated);
        var cache = Cache();

        for (var i = 0; i < PublicStatisticsCache.MaximumDays + 10; i++)
        {
            await cache.GetAsync(new DateOnly(2020, 12, 1).AddDays(i), Cancel);
            _clock.Advance(TimeSpan.FromMilliseconds(10));
        }

        Assert.Equal(PublicStatisticsCache.MaximumDays, cache.KeptDays);
        _clock.Advance(PublicStatisticsCache.Lifetime);
        await cache.GetAsync(null, Cancel);
        Assert.Equal(1, cache.KeptDays);
    }

    [Fact]
    public async Task GetAsync_ManyAtOnce_AllGetTheSameFigures()
    {
        await AddAsync(6, FateStatus.Repatriated);
        var cache = Cache();

        var all = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => cache.GetAsync(null, Cancel)));

        Assert.All(all, statistics => Assert.Same(all[0], statistics));
    }

    [Fact]
    public async Task GetAsync_FollowingTheRegistrysChanges_ComputesAgainOnlyAfterAChange()
    {
        await AddAsync(12, FateStatus.Repatriated);
        using var changes = new RegistryChanges(Database, _clock, TimeSpan.FromSeconds(1));
        var cache = new PublicStatisticsCache(new PublicStatisticsQuery(Database), _clock, changes);
        var first = await cache.GetAsync(null, Cancel);
        _clock.Advance(TimeSpan.FromSeconds(2));
        var unchanged = await cache.GetAsync(null, Cancel);

        // Saved as another app server would: not through this cache.
        await AddAsync(6, FateStatus.Missing);
        var withinTheInterval = await cache.GetAsync(null, Cancel);
        _clock.Advance(changes.Interval);
        var after = await cache.GetAsync(null, Cancel);

        Assert.Same(first, unchanged);
        Assert.Same(first, withinTheInterval);
        Assert.Equal(18, after.Total);
    }

    private PublicStatisticsCache Cache() => new(new PublicStatisticsQuery(Database), _clock);

    private async Task AddAsync(int count, FateStatus status)
    {
        await using var context = Database.CreateContext("tests");
        for (var i = 0; i < count; i++)
        {
            var person = new Person(Guid.NewGuid(), new PersonName("Invented", "Person"), new PersonDetails(Side: "armenian"), isInvented: true);
            person.AssertFate(new FateAssertion(
                Guid.NewGuid(), status, PartialDate.OfDay(2020, 12, 14), new Evidence(_source!.Id, null, "row 1", Credibility.Confirmed), "tests", Recorded));
            context.People.Add(person);
        }

        await context.SaveChangesAsync(Cancel);
    }

    private static int? Count(PublicStatistics statistics, FateStatus status) =>
        statistics.Rows.Single(r => r.Status == status).CountsBySide[0];
}
