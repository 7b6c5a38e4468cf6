using Whereabouts.Application.Captivity;
using Whereabouts.Application.Reports;
using Whereabouts.Domain;

namespace Whereabouts.Application.Tests.Captivity;

public sealed class CaptivitySummaryTests
{
    private static readonly DateTimeOffset Recorded = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly Guid SourceId = Guid.NewGuid();
    private static readonly Guid PersonId = Guid.NewGuid();
    private static readonly DateOnly Today = new(2021, 3, 1);

    [Fact]
    public void Of_UncredibleClipThenConfirmedCapture_DatesTheCaptureFromTheClip()
    {
        var history = History(
            Assertion(FateStatus.Missing, PartialDate.OfDay(2020, 12, 10), Credibility.ProbablyTrue),
            Assertion(FateStatus.ReportedCaptured, PartialDate.OfDay(2020, 12, 12), Credibility.CannotBeJudged),
            Assertion(FateStatus.CaptureConfirmed, PartialDate.OfDay(2020, 12, 20), Credibility.Confirmed));

        var summary = CaptivitySummary.Of(history, [], Today);

        Assert.NotNull(summary);
        Assert.Equal(PartialDate.OfDay(2020, 12, 12), summary.CapturedOn);
        Assert.Equal(FateStatus.ReportedCaptured, summary.CaptureStatus);
        Assert.Null(summary.DaysToNotification);
        Assert.Equal(79, summary.DaysWithoutNotification);
        Assert.Equal(79, summary.DaysSinceLastVisit);
    }

    [Fact]
    public void Of_OnlyAnUncredibleClip_IsNotACaptive()
    {
        var history = History(Assertion(FateStatus.ReportedCaptured, PartialDate.OfDay(2020, 12, 14), Credibility.CannotBeJudged));

        Assert.Null(CaptivitySummary.Of(history, [], Today));
    }

    [Fact]
    public void Of_RetractedNotificationAndRepatriation_CountsNoNotificationAndStopsAtTheReturn()
    {
        var history = History(
            Assertion(FateStatus.CaptureConfirmed, PartialDate.OfDay(2020, 11, 1), Credibility.Confirmed),
            Assertion(FateStatus.Repatriated, PartialDate.OfDay(2020, 12, 14), Credibility.Confirmed));
        var wrong = Event(CaptivityEventKind.CaptureNotified, PartialDate.OfDay(2020, 11, 3));
        wrong.Retract("tests", Recorded, "Another man.");
        var visit = Event(CaptivityEventKind.Visit, PartialDate.OfDay(2020, 12, 1));

        var summary = CaptivitySummary.Of(history, [wrong, visit], Today);

        Assert.NotNull(summary);
        Assert.True(summary.IsBack);
        Assert.Equal(new DateOnly(2020, 12, 14), summary.Until);
        Assert.Null(summary.NotifiedOn);
        Assert.Equal(43, summary.DaysWithoutNotification);
        Assert.Equal(13, summary.DaysSinceLastVisit);
        Assert.Equal(1, summary.Visits);
    }

    [Fact]
    public void DaysToNotification_NotifiedBeforeTheFirstReport_IsZero()
    {
        var history = History(Assertion(FateStatus.CaptureConfirmed, PartialDate.OfMonth(2020, 12), Credibility.Confirmed));

        var summary = CaptivitySummary.Of(history, [Event(CaptivityEventKind.CaptureNotified, PartialDate.OfDay(2020, 11, 28))], Today);

        Assert.Equal(0, summary!.DaysToNotification);
    }

    private static FateHistory History(params FateAssertion[] assertions) => new(PersonId, "armenian", assertions, []);

    private static FateAssertion Assertion(FateStatus status, PartialDate asOf, Credibility credibility) =>
        new(Guid.NewGuid(), status, asOf, new Evidence(SourceId, null, "row 1", credibility), "tests", Recorded);

    private static CaptivityEvent Event(CaptivityEventKind kind, PartialDate on) =>
        new(Guid.Empty, PersonId, kind, on, "azerbaijani", null, null, null, SourceId, "tests", Recorded);
}
