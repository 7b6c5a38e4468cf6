using System.Globalization;

namespace Whereabouts.Domain.Tests;

public sealed class PlaceControlTests
{
    private static readonly Guid Place = Guid.NewGuid();
    private static readonly Guid Source = Guid.NewGuid();
    private static readonly DateTimeOffset At = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Constructor_APartyInAnyCase_KeepsItsSlug()
    {
        var period = Period(ControlKind.Controlled, "Azerbaijani", null, PartialDate.OfDay(2020, 12, 14), null);

        Assert.Equal("azerbaijani", period.Party);
        Assert.True(period.Stands);
        Assert.NotEqual(Guid.Empty, period.Id);
    }

    [Fact]
    public void Constructor_ControlledOrPatrolledWithNoHolder_IsRefused_ButContestedNeedsNone()
    {
        Assert.Equal("control.holder-required", Assert.Throws<DomainRuleException>(() => Period(ControlKind.Controlled, null, " ", PartialDate.OfYear(2020), null)).Rule);
        Assert.Equal("control.holder-required", Assert.Throws<DomainRuleException>(() => Period(ControlKind.Patrolled, null, null, PartialDate.OfYear(2020), null)).Rule);
        Assert.Null(Period(ControlKind.Contested, null, null, PartialDate.OfYear(2020), null).Holder);
    }

    [Fact]
    public void Constructor_EndBeforeStart_IsRefused_ButAMonthEndingOnItsOwnDayIsNot()
    {
        Assert.Equal("control.order", Assert.Throws<DomainRuleException>(
            () => Period(ControlKind.Controlled, "armenian", null, PartialDate.OfDay(2020, 12, 14), PartialDate.OfDay(2020, 12, 13))).Rule);
        Assert.NotNull(Period(ControlKind.Controlled, "armenian", null, PartialDate.OfMonth(2020, 12), PartialDate.OfDay(2020, 12, 1)));
    }

    [Fact]
    public void Constructor_NoSourceOrNotASlug_IsRefused()
    {
        Assert.Equal("control.source-required", Assert.Throws<DomainRuleException>(
            () => new PlaceControl(Guid.Empty, Place, ControlKind.Contested, null, null, PartialDate.OfYear(2020), null, Guid.Empty, null, null, "analyst", At)).Rule);
        Assert.Equal("control.party", Assert.Throws<DomainRuleException>(() => Period(ControlKind.Controlled, "not a slug!", null, PartialDate.OfYear(2020), null)).Rule);
    }

    [Theory]
    [InlineData("2020-12-12", false)]
    [InlineData("2020-12-13", true)]
    [InlineData("2020-12-31", true)]
    [InlineData("2021-01-01", false)]
    public void MayInclude_AMonthToTheEndOfAMonth_IncludesEveryDayItMayMean(string day, bool included)
    {
        var period = Period(ControlKind.Patrolled, null, "Peacekeepers (test)", PartialDate.OfDay(2020, 12, 13), PartialDate.OfMonth(2020, 12));

        Assert.Equal(included, period.MayInclude(DateOnly.Parse(day, CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void MayInclude_OpenPeriod_RunsOn()
    {
        Assert.True(Period(ControlKind.Controlled, "azerbaijani", null, PartialDate.OfDay(2020, 12, 14), null).MayInclude(new DateOnly(2030, 1, 1)));
    }

    [Fact]
    public void Retract_Once_KeepsWhoWhenAndWhy_AndASecondTimeIsRefused()
    {
        var period = Period(ControlKind.Controlled, "armenian", null, PartialDate.OfYear(2020), null);

        period.Retract("analyst-2", At.AddHours(1), "Wrong village (test).");

        Assert.False(period.Stands);
        Assert.Equal("analyst-2", period.RetractedBy);
        Assert.Equal(At.AddHours(1), period.RetractedAt);
        Assert.Equal("Wrong village (test).", period.RetractionReason);
        Assert.Equal("control.already-retracted", Assert.Throws<DomainRuleException>(() => period.Retract("analyst-2", At, "Again.")).Rule);
    }

    [Fact]
    public void Retract_NoReason_IsRefused()
    {
        var period = Period(ControlKind.Controlled, "armenian", null, PartialDate.OfYear(2020), null);

        Assert.Equal("control.reason-required", Assert.Throws<DomainRuleException>(() => period.Retract("analyst-2", At, " ")).Rule);
        Assert.True(period.Stands);
    }

    private static PlaceControl Period(ControlKind kind, string? party, string? holder, PartialDate from, PartialDate? to) =>
        new(Guid.Empty, Place, kind, party, holder, from, to, Source, null, null, "analyst", At);
}
