namespace Whereabouts.Domain.Tests;

public sealed class FateTransitionsTests
{
    [Theory]
    [InlineData(FateStatus.Missing, FateGroup.Unknown)]
    [InlineData(FateStatus.ReportedCaptured, FateGroup.Captivity)]
    [InlineData(FateStatus.CaptureConfirmed, FateGroup.Captivity)]
    [InlineData(FateStatus.Detained, FateGroup.Captivity)]
    [InlineData(FateStatus.OnTrial, FateGroup.Captivity)]
    [InlineData(FateStatus.Sentenced, FateGroup.Captivity)]
    [InlineData(FateStatus.Released, FateGroup.Free)]
    [InlineData(FateStatus.Repatriated, FateGroup.Free)]
    [InlineData(FateStatus.FoundAlive, FateGroup.Free)]
    [InlineData(FateStatus.Deceased, FateGroup.Dead)]
    [InlineData(FateStatus.RemainsRecovered, FateGroup.Dead)]
    [InlineData(FateStatus.RemainsIdentified, FateGroup.Dead)]
    public void GroupOf_EveryStatus_BelongsToItsGroup(FateStatus status, FateGroup group)
    {
        Assert.Equal(group, FateTransitions.GroupOf(status));
    }

    [Fact]
    public void GroupOf_UnknownStatus_ThrowsArgumentOutOfRange()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => FateTransitions.GroupOf((FateStatus)99));
    }

    [Theory]
    [InlineData(FateStatus.Missing, FateStatus.Missing, true)]
    [InlineData(FateStatus.Missing, FateStatus.ReportedCaptured, true)]
    [InlineData(FateStatus.Missing, FateStatus.FoundAlive, true)]
    [InlineData(FateStatus.Missing, FateStatus.Deceased, true)]
    [InlineData(FateStatus.ReportedCaptured, FateStatus.CaptureConfirmed, true)]
    [InlineData(FateStatus.CaptureConfirmed, FateStatus.ReportedCaptured, true)]
    [InlineData(FateStatus.Detained, FateStatus.Sentenced, true)]
    [InlineData(FateStatus.Sentenced, FateStatus.Released, true)]
    [InlineData(FateStatus.CaptureConfirmed, FateStatus.Deceased, true)]
    [InlineData(FateStatus.CaptureConfirmed, FateStatus.Missing, false)]
    [InlineData(FateStatus.Released, FateStatus.Repatriated, true)]
    [InlineData(FateStatus.Repatriated, FateStatus.ReportedCaptured, true)]
    [InlineData(FateStatus.FoundAlive, FateStatus.Deceased, true)]
    [InlineData(FateStatus.Repatriated, FateStatus.Missing, false)]
    [InlineData(FateStatus.Deceased, FateStatus.RemainsRecovered, true)]
    [InlineData(FateStatus.RemainsIdentified, FateStatus.RemainsRecovered, true)]
    [InlineData(FateStatus.Deceased, FateStatus.CaptureConfirmed, false)]
    [InlineData(FateStatus.Deceased, FateStatus.Repatriated, false)]
    [InlineData(FateStatus.RemainsIdentified, FateStatus.FoundAlive, false)]
    [InlineData(FateStatus.Deceased, FateStatus.Missing, false)]
    public void CanFollow_PairOfStatuses_AllowsOnlyWhatTheWorldAllows(FateStatus earlier, FateStatus later, bool expected)
    {
        Assert.Equal(expected, FateTransitions.CanFollow(earlier, later));
    }

    [Theory]
    [InlineData(FateStatus.Deceased, "2020-12-12", FateStatus.CaptureConfirmed, "2020-12-14", true)]
    [InlineData(FateStatus.CaptureConfirmed, "2020-12-14", FateStatus.Deceased, "2020-12-12", true)]
    [InlineData(FateStatus.CaptureConfirmed, "2020-12-12", FateStatus.Deceased, "2020-12-14", false)]
    [InlineData(FateStatus.Missing, "2020-12-11", FateStatus.Repatriated, "2020-12-14", false)]
    [InlineData(FateStatus.Repatriated, "2020-12-14", FateStatus.Missing, "2021-01", true)]
    [InlineData(FateStatus.Missing, "2021-01", FateStatus.Repatriated, "2020-12-14", true)]
    public void Contradict_DatesInAKnownOrder_AskWhetherTheLaterCanFollowTheEarlier(
        FateStatus first, string firstAsOf, FateStatus second, string secondAsOf, bool expected)
    {
        Assert.Equal(expected, FateTransitions.Contradict(first, PartialDate.Parse(firstAsOf), second, PartialDate.Parse(secondAsOf)));
    }

    [Theory]
    [InlineData(FateStatus.Deceased, "2020-12", FateStatus.CaptureConfirmed, "2020-12-14")]
    [InlineData(FateStatus.Deceased, "2020-12-14", FateStatus.CaptureConfirmed, "2020-12-14")]
    [InlineData(FateStatus.Deceased, "~2020-12-13", FateStatus.Repatriated, "2020-12-14")]
    [InlineData(FateStatus.Missing, "2020-12-14", FateStatus.CaptureConfirmed, "2020-12-14")]
    [InlineData(FateStatus.Missing, "2020", FateStatus.RemainsIdentified, "2020-12")]
    public void Contradict_OverlappingDatesWhereOneOrderIsPossible_DoNotContradict(
        FateStatus first, string firstAsOf, FateStatus second, string secondAsOf)
    {
        Assert.False(FateTransitions.Contradict(first, PartialDate.Parse(firstAsOf), second, PartialDate.Parse(secondAsOf)));
        Assert.False(FateTransitions.Contradict(second, PartialDate.Parse(secondAsOf), first, PartialDate.Parse(firstAsOf)));
    }

    [Fact]
    public void Contradict_NullDates_ThrowArgumentNullException()
    {
        var date = PartialDate.OfYear(2020);

        Assert.Throws<ArgumentNullException>(() => FateTransitions.Contradict(FateStatus.Missing, null!, FateStatus.Deceased, date));
        Assert.Throws<ArgumentNullException>(() => FateTransitions.Contradict(FateStatus.Missing, date, FateStatus.Deceased, null!));
    }

    [Theory]
    [InlineData(FateStatus.Deceased, FateStatus.CaptureConfirmed, true)]
    [InlineData(FateStatus.RemainsIdentified, FateStatus.Missing, true)]
    [InlineData(FateStatus.Deceased, FateStatus.RemainsRecovered, false)]
    [InlineData(FateStatus.CaptureConfirmed, FateStatus.Missing, false)]
    [InlineData(FateStatus.Repatriated, FateStatus.Missing, false)]
    public void IsImpossible_PairOfStatuses_OnlyLifeAfterDeath(FateStatus earlier, FateStatus later, bool expected)
    {
        Assert.Equal(expected, FateTransitions.IsImpossible(earlier, later));
    }

    [Theory]
    [InlineData(FateStatus.Deceased, "2020-12-12", FateStatus.CaptureConfirmed, "2020-12-14", true)]
    [InlineData(FateStatus.CaptureConfirmed, "2020-12-14", FateStatus.Deceased, "2020-12-12", true)]
    [InlineData(FateStatus.CaptureConfirmed, "2020-12-14", FateStatus.Missing, "2021-01", false)]
    [InlineData(FateStatus.Deceased, "2020-12", FateStatus.CaptureConfirmed, "2020-12-14", false)]
    public void Exclude_StatusesAtDates_OnlyWhenImpossibleInTheirOrder(
        FateStatus first, string firstAsOf, FateStatus second, string secondAsOf, bool expected)
    {
        Assert.Equal(expected, FateTransitions.Exclude(first, PartialDate.Parse(firstAsOf), second, PartialDate.Parse(secondAsOf)));
    }
}
