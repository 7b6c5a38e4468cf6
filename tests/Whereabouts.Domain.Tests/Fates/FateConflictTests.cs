namespace Whereabouts.Domain.Tests;

public sealed class FateConflictTests
{
    [Fact]
    public void Describe_NamesBothSidesWithDatesAndCredibility()
    {
        var conflict = new FateConflict(
            Fates.Assertion(FateStatus.Deceased, "2020-12-12", Credibility.ProbablyTrue),
            Fates.Assertion(FateStatus.CaptureConfirmed, "~2020-12-14", Credibility.PossiblyTrue));

        Assert.Equal(
            "Deceased as of 2020-12-12 (credibility 2) conflicts with CaptureConfirmed as of ~2020-12-14 (credibility 3).",
            conflict.Describe());
    }
}
