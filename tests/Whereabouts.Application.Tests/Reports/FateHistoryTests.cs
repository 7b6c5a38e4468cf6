using Whereabouts.Application.Reports;
using Whereabouts.Domain;

namespace Whereabouts.Application.Tests.Reports;

public sealed class FateHistoryTests
{
    private static readonly DateTimeOffset Recorded = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly Guid SourceId = Guid.NewGuid();

    [Fact]
    public void FateOn_EveryDayOfAHistoryWithAMonthAConflictAndARetraction_IsWhatTheDomainDerivesForThatDay()
    {
        var wrongDeath = Assertion(FateStatus.Deceased, PartialDate.OfDay(2020, 11, 20), Credibility.ProbablyTrue);
        FateAssertion[] assertions =
        [
            Assertion(FateStatus.Repatriated, PartialDate.OfDay(2020, 12, 14), Credibility.Confirmed),
            Assertion(FateStatus.Missing, PartialDate.OfMonth(2020, 10), Credibility.ProbablyTrue),
            wrongDeath,
            Assertion(FateStatus.ReportedCaptured, PartialDate.OfDay(2020, 11, 3), Credibility.PossiblyTrue),
            Assertion(FateStatus.Deceased, PartialDate.OfDay(2020, 11, 25), Credibility.PossiblyTrue),
        ];
        FateRetraction[] retractions = [new(Guid.NewGuid(), wrongDeath.Id, "Another man's death.", new Evidence(SourceId, null, "row 2", Credibility.Confirmed), "tests", Recorded)];
        var history = new FateHistory(Guid.NewGuid(), "armenian", assertions, retractions);

        for (var day = new DateOnly(2020, 9, 1); day <= new DateOnly(2021, 1, 31); day = day.AddDays(1))
        {
            var expected = FateSummary.DeriveAsOf(assertions, retractions, day);
            var fate = history.FateOn(day);
            Assert.Equal(expected.Status, fate.Status);
            Assert.Same(expected.Current, fate.Current);
            Assert.Equal(expected.IsContested, fate.IsContested);
        }

        Assert.Equal(FateSummary.Derive(assertions, retractions).Current, history.Fate.Current);
    }

    [Fact]
    public void Fate_NoAssertion_HasNoStatus()
    {
        var history = new FateHistory(Guid.NewGuid(), "armenian", [], []);

        Assert.Null(history.Fate.Status);
        Assert.Null(history.FateOn(new DateOnly(2020, 12, 1)).Status);
    }

    private static FateAssertion Assertion(FateStatus status, PartialDate asOf, Credibility credibility) =>
        new(Guid.NewGuid(), status, asOf, new Evidence(SourceId, null, "row 1", credibility), "tests", Recorded);
}
