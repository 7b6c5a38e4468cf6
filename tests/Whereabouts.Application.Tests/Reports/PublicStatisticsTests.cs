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
        AssertNoHiddenCellCanBeWorkedOut(statistics, DemoCatalog.Build().People.Count(p => p.Fate.Status is not null));
    }

    [Theory]
    [InlineData(1, null)]
    [InlineData(4, null)]
    [InlineData(5, 5)]
    [InlineData(12, 12)]
    public void From_PeopleInOneCell_SuppressesCountsBelowFive(int people, int? shown)
    {
        var statistics = PublicStatistics.From(Enumerable.Range(0, people).Select(_ => Repatriated("armenian")));

        var row = statistics.Rows.Single(r => r.Status == FateStatus.Repatriated);
        Assert.Equal(["armenian"], statistics.Sides);
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

    [Fact]
    public void From_OneSmallCellBesideLargeOnes_HidesASecondCellSoTheTotalCannotRevealIt()
    {
        // 12 + 7 + 3 = 22: with 12, 7 and the total shown, 22 − 12 − 7 would give the 3 away.
        var people = Many(12, FateStatus.Repatriated, "armenian")
            .Concat(Many(7, FateStatus.Missing, "armenian"))
            .Concat(Many(3, FateStatus.Deceased, "armenian"));

        var statistics = PublicStatistics.From(people);

        Assert.Equal(22, statistics.Total);
        Assert.Equal(12, Count(statistics, FateStatus.Repatriated));
        Assert.Null(Count(statistics, FateStatus.Missing));
        Assert.Null(Count(statistics, FateStatus.Deceased));
        AssertNoHiddenCellCanBeWorkedOut(statistics, 22);
    }

    [Fact]
    public void From_OnlyOneCellHiddenAndItIsEmpty_StillHidesASecondCell()
    {
        // One side, every status but one filled: the single hidden cell would be known to be zero,
        // and any single hidden cell is one subtraction away from the total.
        var people = Enum.GetValues<FateStatus>().Where(s => s != FateStatus.Sentenced).SelectMany(s => Many(6, s, "azerbaijani")).ToList();

        var statistics = PublicStatistics.From(people);

        Assert.True(statistics.Rows.Count(r => r.CountsBySide[0] is null) >= 2);
        AssertNoHiddenCellCanBeWorkedOut(statistics, people.Count);
    }

    [Fact]
    public void From_AllCellsSmallButTotalLarge_ShowsOnlyTheTotal()
    {
        // 4 + 4 = 8 people in two cells, each below the threshold: nothing visible to hide instead,
        // yet the total alone says nothing about a single cell.
        var people = Many(4, FateStatus.Repatriated, "armenian").Concat(Many(4, FateStatus.Missing, "azerbaijani")).ToList();

        var statistics = PublicStatistics.From(people);

        Assert.All(statistics.Rows.SelectMany(r => r.CountsBySide), Assert.Null);
        Assert.Equal(8, statistics.Total);
        AssertNoHiddenCellCanBeWorkedOut(statistics, 8);
    }

    [Fact]
    public void From_OneVisibleCellAndASmallRemainder_HidesTheOnlyVisibleCellOrTheTotal()
    {
        // 9 + 2: showing 9 and 11 would give the 2 away.
        var people = Many(9, FateStatus.Repatriated, "armenian").Concat(Many(2, FateStatus.Missing, "armenian")).ToList();

        var statistics = PublicStatistics.From(people);

        AssertNoHiddenCellCanBeWorkedOut(statistics, 11);
        Assert.Null(Count(statistics, FateStatus.Missing));
    }

    [Fact]
    public void From_AsOfADay_CountsTheFateAsItStoodThen()
    {
        var people = Enumerable.Range(0, 6).Select(_ => CapturedThenRepatriated()).ToList();

        var before = PublicStatistics.From(people, new DateOnly(2020, 12, 1));
        var after = PublicStatistics.From(people, new DateOnly(2021, 1, 1));

        Assert.Equal(new DateOnly(2020, 12, 1), before.AsOf);
        Assert.Equal(6, Count(before, FateStatus.CaptureConfirmed));
        Assert.Null(Count(before, FateStatus.Repatriated));
        Assert.Equal(6, Count(after, FateStatus.Repatriated));
        Assert.Null(Count(after, FateStatus.CaptureConfirmed));
    }

    [Fact]
    public void From_AsOfADayBeforeAnyFate_CountsNobody()
    {
        var statistics = PublicStatistics.From(Many(6, FateStatus.Repatriated, "armenian"), new DateOnly(2020, 1, 1));

        Assert.Empty(statistics.Sides);
        Assert.Null(statistics.Total);
    }

    /// <summary>
    /// With the total shown, the hidden cells together hold total − visible people: that must be no
    /// single cell (at least two hidden) and either nobody or at least the threshold.
    /// </summary>
    private static void AssertNoHiddenCellCanBeWorkedOut(PublicStatistics statistics, int people)
    {
        var cells = statistics.Rows.SelectMany(r => r.CountsBySide).ToList();
        Assert.All(cells, count => Assert.True(count is null or >= PublicStatistics.Threshold));
        if (statistics.Total is not { } total)
        {
            return;
        }

        Assert.Equal(people, total);
        var hidden = cells.Count(c => c is null);
        var hiddenPeople = total - cells.Sum(c => c ?? 0);
        if (hidden > 0)
        {
            Assert.True(hidden >= 2, "A single hidden cell is the total minus the visible ones.");
            Assert.True(hiddenPeople == 0 || hiddenPeople >= PublicStatistics.Threshold, $"The hidden cells together hold {hiddenPeople} people.");
        }
    }

    private static int? Count(PublicStatistics statistics, FateStatus status, int column = 0) =>
        statistics.Rows.Single(r => r.Status == status).CountsBySide[column];

    private static IEnumerable<Person> Many(int count, FateStatus status, string? side) =>
        Enumerable.Range(0, count).Select(_ => WithFate(status, side));

    private static Person Repatriated(string? side) => WithFate(FateStatus.Repatriated, side);

    private static Person WithFate(FateStatus status, string? side)
    {
        var person = new Person(Guid.NewGuid(), new PersonName("Invented", "Person"), new PersonDetails(Side: side), isInvented: true);
        person.AssertFate(new FateAssertion(
            Guid.NewGuid(), status, PartialDate.OfDay(2020, 12, 14), new Evidence(SourceId, null, "row 1", Credibility.Confirmed), "test", Recorded));
        return person;
    }

    private static Person CapturedThenRepatriated()
    {
        var person = new Person(Guid.NewGuid(), new PersonName("Invented", "Captive"), new PersonDetails(Side: "armenian"), isInvented: true);
        person.AssertFate(new FateAssertion(
            Guid.NewGuid(), FateStatus.CaptureConfirmed, PartialDate.OfDay(2020, 11, 20), new Evidence(SourceId, null, "row 2", Credibility.Confirmed), "test", Recorded));
        person.AssertFate(new FateAssertion(
            Guid.NewGuid(), FateStatus.Repatriated, PartialDate.OfDay(2020, 12, 14), new Evidence(SourceId, null, "row 3", Credibility.Confirmed), "test", Recorded));
        return person;
    }
}
