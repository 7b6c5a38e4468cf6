using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Reports;
using Whereabouts.Application.Tests.Support;
using Whereabouts.Storage;

namespace Whereabouts.Application.Tests.Reports;

/// <summary>The report queries on SQLite, always run.</summary>
public sealed class SqliteReportQueriesTests(DemoRegistry registry) : ReportQueriesTests(DatabaseProvider.Sqlite, registry)
{
    [Theory]
    [InlineData("2020-12-12")]
    [InlineData("2020-12-13")]
    [InlineData("2020-12-15")]
    public async Task PublicStatisticsQuery_OnDaysOfSameMomentTies_GivesWhatThePeopleReadWholeGaveOnSqlite(string day)
    {
        // The demo records every assertion at one moment, and some of a person's on one day: which
        // wins is the order the history is given in. SQLite gave whole aggregates in the order of
        // their ids, which is the order the reports read histories in now.
        var asOf = DateOnly.ParseExact(day, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var database = await Registry.DatabaseAsync(DatabaseProvider.Sqlite);
        await using var context = database.NewContext();
        var people = await context.People.AsNoTracking().AsSplitQuery().ToListAsync(TestContext.Current.CancellationToken);

        var statistics = await new PublicStatisticsQuery(database.Database).RunAsync(asOf, TestContext.Current.CancellationToken);

        var expected = PublicStatistics.From(people, asOf);
        Assert.Equal(expected.Total, statistics.Total);
        Assert.Equal(expected.Rows.Select(r => string.Join(',', r.CountsBySide)), statistics.Rows.Select(r => string.Join(',', r.CountsBySide)));
    }
}
