using Whereabouts.Application.Reports;
using Whereabouts.Domain;

namespace Whereabouts.Application.Tests.Reports;

public sealed class FateCalendarTests
{
    private static readonly DateTimeOffset Recorded = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly Guid SourceId = Guid.NewGuid();
    private static readonly FateStatus[] Statuses = [FateStatus.Missing, FateStatus.ReportedCaptured, FateStatus.CaptureConfirmed, FateStatus.Released, FateStatus.Deceased];
    private static readonly Credibility[] Credibilities = [Credibility.Confirmed, Credibility.ProbablyTrue, Credibility.PossiblyTrue, Credibility.DoubtfullyTrue];

    [Fact]
    public void PeopleOn_EveryDayOfManyHistories_CountsWhatEachHistoryGivesForThatDay()
    {
        var histories = Histories(new Random(2020), 300);
        var calendar = FateCalendar.Of(histories);

        for (var day = new DateOnly(2020, 9, 1); day <= new DateOnly(2021, 3, 1); day = day.AddDays(3))
        {
            var expected = histories
                .GroupBy(h => (h.Side, h.FateOn(day).Status))
                .ToDictionary(g => g.Key, g => g.Count());
            Assert.Equal(expected.OrderBy(e => e.Key.ToString()), calendar.PeopleOn(day).OrderBy(e => e.Key.ToString()));
            Assert.Equal(histories.Count(h => h.FateOn(day).IsContested), calendar.ContestedOn(day));
        }
    }

    [Fact]
    public void PeopleOn_Now_CountsTheCurrentFates()
    {
        var histories = Histories(new Random(7), 200);

        var now = FateCalendar.Of(histories).PeopleOn(null);

        Assert.Equal(
            histories.GroupBy(h => (h.Side, h.Fate.Status)).ToDictionary(g => g.Key, g => g.Count()).OrderBy(e => e.Key.ToString()),
            now.OrderBy(e => e.Key.ToString()));
    }

    [Fact]
    public void PeopleOn_NoHistories_IsEmpty()
    {
        var calendar = FateCalendar.Of([]);

        Assert.Empty(calendar.PeopleOn(null));
        Assert.Empty(calendar.PeopleOn(new DateOnly(2020, 12, 1)));
        Assert.Equal(0, calendar.ContestedOn(null));
    }

    // Invented histories: up to four assertions each (some only to a month, some doubtful, so
    // that fates conflict), a retraction now and then, and people without any fate.
    internal static List<FateHistory> Histories(Random random, int count)
    {
        string?[] sides = ["armenian", "azerbaijani", null];
        var histories = new List<FateHistory>();
        for (var i = 0; i < count; i++)
        {
            var assertions = new List<FateAssertion>();
            for (var a = random.Next(5); a > 0; a--)
            {
                var day = new DateOnly(2020, 9, 27).AddDays(random.Next(150));
                var asOf = random.Next(4) == 0 ? PartialDate.OfMonth(day.Year, day.Month) : PartialDate.OfDay(day);
                assertions.Add(new FateAssertion(
                    Guid.NewGuid(), Statuses[random.Next(Statuses.Length)], asOf,
                    new Evidence(SourceId, null, "row", Credibilities[random.Next(Credibilities.Length)]), "tests", Recorded));
            }

            var retractions = assertions.Count > 1 && random.Next(3) == 0
                ? new List<FateRetraction> { new(Guid.NewGuid(), assertions[0].Id, "Another man's fate.", new Evidence(SourceId, null, "row", Credibility.Confirmed), "tests", Recorded) }
                : [];
            histories.Add(new FateHistory(Guid.NewGuid(), sides[random.Next(sides.Length)], assertions, retractions));
        }

        return histories;
    }
}
