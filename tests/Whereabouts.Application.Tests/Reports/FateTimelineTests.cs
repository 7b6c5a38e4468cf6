using Whereabouts.Application.Common;
using Whereabouts.Application.Reports;
using Whereabouts.Domain;

namespace Whereabouts.Application.Tests.Reports;

public sealed class FateTimelineTests
{
    private static readonly DateTimeOffset Recorded = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2021, 3, 10);
    private static readonly Guid SourceId = Guid.NewGuid();
    private static readonly Guid HinTagher = Guid.NewGuid();
    private static readonly Guid Exchange = Guid.NewGuid();

    [Fact]
    public void Compute_Monthly_CountsEachPersonInTheGroupTheirFateHadAtEachMonthEnd()
    {
        var people = new[]
        {
            Person("armenian", (FateStatus.Missing, Day(2020, 12, 12), HinTagher), (FateStatus.CaptureConfirmed, Day(2020, 12, 20), null), (FateStatus.Repatriated, Day(2021, 2, 5), Exchange)),
            Person("armenian", (FateStatus.Missing, Day(2020, 12, 12), HinTagher)),
            Person("azerbaijani", (FateStatus.Deceased, Day(2021, 1, 15), null)),
        };

        var timeline = FateTimeline.Compute(people, new FateTimelineRequest(), Today);

        Assert.Equal(new DateOnly(2020, 11, 1), timeline.From);
        Assert.Equal(Today, timeline.To);
        Assert.Equal([new DateOnly(2020, 11, 30), new DateOnly(2020, 12, 31), new DateOnly(2021, 1, 31), new DateOnly(2021, 2, 28), Today], timeline.Points.Select(p => p.Day));
        Assert.Equal(["armenian", "azerbaijani"], timeline.Sides);
        Assert.All(FateTimeline.Groups, g => Assert.Equal(0, timeline.Points[0].People("armenian", g)));
        var december = timeline.Points[1];
        Assert.Equal(1, december.People("armenian", FateGroup.Unknown));
        Assert.Equal(1, december.People("armenian", FateGroup.Captivity));
        Assert.Equal(0, december.People("azerbaijani", FateGroup.Dead));
        Assert.Equal(1, timeline.Points[2].People("azerbaijani", FateGroup.Dead));
        Assert.Equal(1, timeline.Points[3].People("armenian", FateGroup.Free));
        Assert.Equal(0, timeline.Points[3].People("armenian", FateGroup.Captivity));
    }

    [Fact]
    public void Compute_Daily_HasOnePointPerDayOfTheRange()
    {
        var people = new[] { Person("armenian", (FateStatus.Missing, Day(2020, 12, 12), null), (FateStatus.Deceased, Day(2020, 12, 14), null)) };

        var timeline = FateTimeline.Compute(people, new FateTimelineRequest(new DateOnly(2020, 12, 11), new DateOnly(2020, 12, 15), FateTimelineStep.Daily), Today);

        Assert.Equal(5, timeline.Points.Count);
        Assert.Equal([0, 1, 1, 0, 0], timeline.Points.Select(p => p.People("armenian", FateGroup.Unknown)));
        Assert.Equal([0, 0, 0, 1, 1], timeline.Points.Select(p => p.People("armenian", FateGroup.Dead)));
    }

    [Fact]
    public void Compute_ForAnIncident_CountsOnlyPeopleWithAFateInIt()
    {
        var people = new[]
        {
            Person("armenian", (FateStatus.Missing, Day(2020, 12, 12), HinTagher)),
            Person("armenian", (FateStatus.Missing, Day(2020, 12, 12), null)),
        };

        var timeline = FateTimeline.Compute(people, new FateTimelineRequest(From: new DateOnly(2020, 12, 12), IncidentId: HinTagher), Today);

        Assert.All(timeline.Points, p => Assert.Equal(1, p.People("armenian", FateGroup.Unknown)));
    }

    [Fact]
    public void Compute_ForASide_LeavesTheOtherSideOut()
    {
        var people = new[]
        {
            Person("armenian", (FateStatus.Missing, Day(2020, 12, 12), null)),
            Person("azerbaijani", (FateStatus.Missing, Day(2020, 11, 1), null)),
        };

        var timeline = FateTimeline.Compute(people, new FateTimelineRequest(Side: "azerbaijani"), Today);

        Assert.Equal(["azerbaijani"], timeline.Sides);
        Assert.Equal(new DateOnly(2020, 10, 1), timeline.From);
        Assert.All(timeline.Points, p => Assert.Equal(0, p.People("armenian", FateGroup.Unknown)));
    }

    [Fact]
    public void Compute_RetractedAssertion_CountsOnNoDay()
    {
        var person = Person("armenian", (FateStatus.Deceased, Day(2020, 12, 12), null));
        person.RetractFate(new FateRetraction(Guid.NewGuid(), person.FateAssertions[0].Id, "the list was wrong", new Evidence(SourceId, null, "row 9", Credibility.Confirmed), "test", Recorded));

        var timeline = FateTimeline.Compute([person], new FateTimelineRequest(new DateOnly(2020, 12, 1)), Today);

        Assert.All(timeline.Points, p => Assert.Equal(0, p.People("armenian", FateGroup.Dead)));
    }

    [Fact]
    public void Compute_WithoutARange_SpansTheRegistrysOwnPeriodWithAMonthEitherSide()
    {
        var people = new[]
        {
            Person("armenian", (FateStatus.Missing, Day(2020, 9, 27), null), (FateStatus.Repatriated, Day(2021, 5, 4), null)),
            Person("azerbaijani", (FateStatus.Deceased, Day(2020, 10, 15), null)),
        };

        var timeline = FateTimeline.Compute(people, new FateTimelineRequest(), new DateOnly(2026, 12, 6));

        Assert.Equal(new DateOnly(2020, 8, 1), timeline.From);
        Assert.Equal(new DateOnly(2021, 6, 30), timeline.To);
        Assert.Equal(11, timeline.Points.Count);
    }

    [Fact]
    public void Compute_DailyWithoutARange_SpansTheRegistrysOwnPeriodWithAWeekEitherSide()
    {
        var people = new[] { Person("armenian", (FateStatus.Missing, Day(2020, 12, 12), null), (FateStatus.Deceased, Day(2020, 12, 14), null)) };

        var timeline = FateTimeline.Compute(people, new FateTimelineRequest(Step: FateTimelineStep.Daily), new DateOnly(2026, 12, 6));

        Assert.Equal(new DateOnly(2020, 12, 5), timeline.From);
        Assert.Equal(new DateOnly(2020, 12, 21), timeline.To);
        Assert.Equal(17, timeline.Points.Count);
    }

    [Fact]
    public void Compute_ForASideWithoutARange_KeepsTheWholeRegistrysPeriod()
    {
        var people = new[]
        {
            Person("armenian", (FateStatus.Missing, Day(2020, 12, 12), null)),
            Person("azerbaijani", (FateStatus.Missing, Day(2021, 4, 1), null)),
        };

        var timeline = FateTimeline.Compute(people, new FateTimelineRequest(Side: "armenian"), new DateOnly(2026, 12, 6));

        Assert.Equal(new DateOnly(2020, 11, 1), timeline.From);
        Assert.Equal(new DateOnly(2021, 5, 31), timeline.To);
    }

    [Fact]
    public void Compute_LatestFateThisMonth_EndsTodayRatherThanInTheFuture()
    {
        var people = new[] { Person("armenian", (FateStatus.Missing, Day(2021, 2, 20), null)) };

        var timeline = FateTimeline.Compute(people, new FateTimelineRequest(), Today);

        Assert.Equal(Today, timeline.To);
    }

    [Fact]
    public void Compute_NoFates_HasNoPoints()
    {
        var timeline = FateTimeline.Compute([new Person(Guid.NewGuid(), new PersonName("No", "Fate"))], new FateTimelineRequest(), Today);

        Assert.Empty(timeline.Points);
    }

    [Fact]
    public void Compute_RangeEndingBeforeItStarts_IsRefused()
    {
        var request = new FateTimelineRequest(new DateOnly(2021, 1, 1), new DateOnly(2020, 1, 1));

        var refused = Assert.Throws<ValidationFailedException>(() => FateTimeline.Compute([], request, Today));

        Assert.Contains("To", refused.Errors.Keys);
    }

    [Fact]
    public void Compute_TooManyDailyPoints_IsRefused()
    {
        var request = new FateTimelineRequest(new DateOnly(2015, 1, 1), new DateOnly(2021, 1, 1), FateTimelineStep.Daily);

        Assert.Throws<ValidationFailedException>(() => FateTimeline.Compute([], request, Today));
    }

    [Theory]
    [InlineData(FateTimelineStep.Monthly, null, null, null)]
    [InlineData(FateTimelineStep.Daily, null, null, null)]
    [InlineData(FateTimelineStep.Daily, "2020-10-01", "2021-01-31", "armenian")]
    [InlineData(FateTimelineStep.Monthly, "2020-06-01", null, "unknown")]
    [InlineData(FateTimelineStep.Monthly, null, "2020-12-31", "azerbaijani")]
    public void ComputeFromCalendar_AnyRangeAndSide_IsTheTimelineOfTheHistories(FateTimelineStep step, string? from, string? to, string? side)
    {
        var histories = FateCalendarTests.Histories(new Random(2021), 400);
        var request = new FateTimelineRequest(Parse(from), Parse(to), step, side);

        var expected = FateTimeline.ComputeFromHistories(histories, request, Today);
        var timeline = FateTimeline.ComputeFromCalendar(FateCalendar.Of(histories), request, Today);

        Assert.Equal((expected.From, expected.To, expected.Step), (timeline.From, timeline.To, timeline.Step));
        Assert.Equal(expected.Sides, timeline.Sides);
        Assert.Contains(expected.Points.SelectMany(p => p.Counts), c => c.People > 0);
        Assert.Equal(
            expected.Points.Select(p => (p.Day, string.Join(";", p.Counts.Select(c => $"{c.Side}/{c.Group}/{c.People}")))),
            timeline.Points.Select(p => (p.Day, string.Join(";", p.Counts.Select(c => $"{c.Side}/{c.Group}/{c.People}")))));
    }

    [Fact]
    public void ComputeFromCalendar_NoHistories_HasNoPoints()
    {
        var timeline = FateTimeline.ComputeFromCalendar(FateCalendar.Of([]), new FateTimelineRequest(), Today);

        Assert.Empty(timeline.Points);
        Assert.Equal(Today, timeline.To);
    }

    private static DateOnly? Parse(string? day) => day is null ? null : DateOnly.ParseExact(day, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static PartialDate Day(int year, int month, int day) => PartialDate.OfDay(year, month, day);

    private static Person Person(string? side, params (FateStatus Status, PartialDate AsOf, Guid? Incident)[] fates)
    {
        var person = new Person(Guid.NewGuid(), new PersonName("Invented", "Person"), new PersonDetails(Side: side), isInvented: true);
        foreach (var (status, asOf, incident) in fates)
        {
            person.AssertFate(new FateAssertion(Guid.NewGuid(), status, asOf, new Evidence(SourceId, null, "row 1", Credibility.Confirmed), "test", Recorded, incident));
        }

        return person;
    }
}
