using Whereabouts.Application.Demo;
using Whereabouts.Application.Reports;
using Whereabouts.Domain;

namespace Whereabouts.Application.Tests.Reports;

public sealed class PublicStatisticsTests
{
    private static readonly DateTimeOffset Recorded = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly Guid SourceId = Guid.NewGuid();

    [Fact]
    public void From_DemoPeople_NoVisibleCellIsBelowFiveAndNoCellIsNegative()
    {
        var statistics = PublicStatistics.From(DemoCatalog.Build().People);

        Assert.NotEmpty(statistics.Sides);
        Assert.All(statistics.Rows.SelectMany(r => r.CountsBySide), count => Assert.True(count is null or >= PublicStatistics.Threshold));
        Assert.True(statistics.Total >= PublicStatistics.Threshold);
    }

    [Theory]
    [InlineData(1, null)]
    [InlineData(4, null)]
    [InlineData(5, 5)]
    [InlineData(12, 12)]
    public void From_PeopleInOneCell_SuppressesCountsBelowFive(int people, int? shown)
    {
        var statistics = PublicStatistics.From(Enumerable.Range(0, people).Select(_ => Repatriated(Side.Armenian)));

        var row = statistics.Rows.Single(r => r.Status == FateStatus.Repatriated);
        Assert.Equal([Side.Armenian], statistics.Sides);
        Assert.Equal(shown, Assert.Single(row.CountsBySide));
        Assert.Equal(shown, statistics.Total);
    }

    [Fact]
    public void From_PeopleWithoutFate_AreNotCounted()
    {
        var statistics = PublicStatistics.From([new Person(Guid.NewGuid(), new PersonName("No", "Fate"))]);

        Assert.Empty(statistics.Sides);
        Assert.Null(statistics.Total);
    }

    private static Person Repatriated(Side side)
    {
        var person = new Person(Guid.NewGuid(), new PersonName("Invented", "Person"), new PersonDetails(Side: side), isInvented: true);
        person.AssertFate(new FateAssertion(
            Guid.NewGuid(), FateStatus.Repatriated, PartialDate.OfDay(2020, 12, 14), new Evidence(SourceId, null, "row 1", Credibility.Confirmed), "test", Recorded));
        return person;
    }
}
