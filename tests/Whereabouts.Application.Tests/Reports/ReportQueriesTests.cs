using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Reports;
using Whereabouts.Application.Tests.Support;
using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Application.Tests.Reports;

/// <summary>
/// The reports read from the fate histories kept between reports (the dashboard's today from the search index), on
/// the demo data, against what the domain gives over the same people loaded whole: the public
/// statistics, the dashboard as of a day and the timeline must not change by being read faster.
/// Run against each provider by <see cref="SqliteReportQueriesTests"/> and <see cref="PostgresReportQueriesTests"/>.
/// </summary>
public abstract class ReportQueriesTests(DatabaseProvider provider, DemoRegistry registry) : IClassFixture<DemoRegistry>
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    public static TheoryData<string> Days => ["today", "2020-09-27", "2020-10-15", "2020-12-13", "2020-12-15", "2021-06-30", "2021-12-05", "2026-11-23"];

    /// <summary>The demo registry, for a provider's own tests.</summary>
    protected DemoRegistry Registry => registry;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Days))]
    public async Task PublicStatisticsQuery_AnyDayOrToday_GivesTheFiguresOfThePeopleLoadedWhole(string day)
    {
        var asOf = Day(day);
        var database = await registry.DatabaseAsync(provider);

        using var histories = new FateHistoryCache(database.Database);
        var statistics = await new PublicStatisticsQuery(database.Database, histories).RunAsync(asOf, Cancel);

        var expected = PublicStatistics.FromHistories(await WholePeopleAsync(database.Database), asOf);
        Assert.Equal(expected.Sides, statistics.Sides);
        Assert.Equal(expected.Total, statistics.Total);
        Assert.Equal(expected.AsOf, statistics.AsOf);
        Assert.Equal(expected.Rows.Select(r => (r.Status, string.Join(',', r.CountsBySide))), statistics.Rows.Select(r => (r.Status, string.Join(',', r.CountsBySide))));
    }

    [Theory]
    [MemberData(nameof(Days))]
    public async Task DashboardQuery_AnyDayOrToday_CountsTheFatesOfThePeopleLoadedWhole(string day)
    {
        var asOf = Day(day);
        var database = await registry.DatabaseAsync(provider);

        using var histories = new FateHistoryCache(database.Database);
        var dashboard = await new DashboardQuery(database.Database, histories).RunAsync(asOf, Cancel);

        var people = await WholePeopleAsync(database.Database);
        var fates = people.Select(p => (p.Side, Fate: asOf is { } d ? p.FateOn(d) : p.Fate)).ToList();
        var expected = fates.GroupBy(f => (f.Fate.Status, f.Side)).Select(g => (g.Key.Status, g.Key.Side, People: g.Count())).OrderBy(c => c.Status.HasValue ? (int)c.Status.Value : -1).ThenBy(c => c.Side);
        Assert.Equal(people.Count, dashboard.People);
        Assert.Equal(expected, dashboard.FateCounts.Select(c => (c.Fate, c.Side, c.People)));
        Assert.Equal(fates.Count(f => f.Fate.IsContested), dashboard.ContestedPeople);
    }

    [Theory]
    [InlineData(FateTimelineStep.Monthly, null, null, null)]
    [InlineData(FateTimelineStep.Daily, "2020-09-20", "2021-01-31", null)]
    [InlineData(FateTimelineStep.Daily, "2020-12-01", "2020-12-31", "azerbaijani")]
    [InlineData(FateTimelineStep.Monthly, "2021-01-01", null, "armenian")]
    public async Task FateTimelineQuery_AnyRangeAndSide_CountsOnEachDayTheFatesOfThePeopleLoadedWholeThatDay(FateTimelineStep step, string? from, string? to, string? side)
    {
        var database = await registry.DatabaseAsync(provider);

        using var histories = new FateHistoryCache(database.Database);
        var timeline = await new FateTimelineQuery(database.Database, new ManualClock(new DateTimeOffset(Today.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)), histories)
            .RunAsync(new FateTimelineRequest(Day(from), Day(to), step, side), Cancel);

        var everyone = await WholePeopleAsync(database.Database);
        var people = everyone.Where(p => side is null || p.Side == side).ToList();
        Assert.NotEmpty(timeline.Points);
        // Without an "as of", the registry's own period: a month past its latest dated fate, at most today.
        var latest = everyone.SelectMany(p => p.Standing()).Max(a => a.AsOf.StatedStart);
        var periodEnd = new DateOnly(latest.Year, latest.Month, 1).AddMonths(2).AddDays(-1);
        Assert.Equal(Day(to) ?? (periodEnd > Today ? Today : periodEnd), timeline.To);
        Assert.Equal(people.Select(p => p.Side).Distinct().OrderBy(s => s is null).ThenBy(s => s, StringComparer.Ordinal), timeline.Sides);
        foreach (var point in timeline.Points)
        {
            foreach (var count in point.Counts)
            {
                var expected = people.Count(p => p.Side == count.Side && p.FateOn(point.Day).Status is { } status && FateTransitions.GroupOf(status) == count.Group);
                Assert.Equal(expected, count.People);
            }
        }
    }

    [Fact]
    public async Task FateTimelineQuery_ForAnIncident_CountsOnlyItsPeopleAsTheyStoodEachDay()
    {
        var database = await registry.DatabaseAsync(provider);
        var people = await WholePeopleAsync(database.Database);
        var incident = people.SelectMany(p => p.Assertions).Select(a => a.IncidentId).First(i => i is not null)!.Value;

        var timeline = await new FateTimelineQuery(database.Database, TimeProvider.System)
            .RunAsync(new FateTimelineRequest(Step: FateTimelineStep.Monthly, IncidentId: incident), Cancel);

        var inIncident = people.Where(p => p.Assertions.Any(a => a.IncidentId == incident)).ToList();
        // The registry's own period, not the incident's: a month before anyone's earliest dated fate.
        var earliest = people.SelectMany(p => p.Standing()).Min(a => a.AsOf.StatedStart);
        Assert.Equal(new DateOnly(earliest.Year, earliest.Month, 1).AddMonths(-1), timeline.From);
        foreach (var point in timeline.Points)
        {
            Assert.Equal(
                inIncident.Count(p => p.FateOn(point.Day).Status is not null),
                point.Counts.Sum(c => c.People));
        }
    }

    // The people as the reports used to read them, whole aggregates with every history, as the
    // histories the domain derives fates from. Assertions of one day recorded at one moment are put
    // in the order of their ids, as the reports now read them: the database returns them in an
    // order of its own (see SqliteReportQueriesTests).
    private static async Task<List<FateHistory>> WholePeopleAsync(WhereaboutsDatabase database)
    {
        await using var context = database.CreateContext();
        var people = await context.People.AsNoTracking().AsSplitQuery().ToListAsync(Cancel);
        return [.. people.Select(p => new FateHistory(p.Id, p.Side, [.. p.FateAssertions.OrderBy(a => a.Id)], p.FateRetractions))];
    }

    private static DateOnly? Day(string? text) => text is null or "today" ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
