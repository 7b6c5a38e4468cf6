namespace Whereabouts.Domain.Tests;

public sealed class FateSummaryTests
{
    private static readonly FateRetraction[] NoRetractions = [];

    [Fact]
    public void Derive_NoAssertions_HasNoCurrentFate()
    {
        var summary = FateSummary.Derive([], NoRetractions);

        Assert.Null(summary.Current);
        Assert.Null(summary.Status);
        Assert.False(summary.IsCredible);
        Assert.False(summary.IsContested);
        Assert.Empty(summary.Conflicts);
    }

    [Fact]
    public void Derive_ProgressionFromMissingToRepatriated_IsNotContestedAndEndsRepatriated()
    {
        var missing = Fates.Assertion(FateStatus.Missing, "2020-12-11");
        var reported = Fates.Assertion(FateStatus.ReportedCaptured, "2020-12-12", Credibility.PossiblyTrue);
        var confirmed = Fates.Assertion(FateStatus.CaptureConfirmed, "2020-12-13", Credibility.Confirmed);
        var repatriated = Fates.Assertion(FateStatus.Repatriated, "2020-12-14", Credibility.Confirmed);

        // Given out of order: the summary orders by date, not by the order of the list.
        var summary = FateSummary.Derive([repatriated, missing, confirmed, reported], NoRetractions);

        Assert.Same(repatriated, summary.Current);
        Assert.Equal(FateStatus.Repatriated, summary.Status);
        Assert.True(summary.IsCredible);
        Assert.False(summary.IsContested);
        Assert.Empty(summary.Conflicts);
    }

    [Fact]
    public void Derive_TwoAssertionsOfOneDayRecordedInOneSave_TheCurrentIsTheSameWhicheverOrderTheyCome()
    {
        // One save (a list import) gives both the same moment; the order a database returns them
        // in must not decide the fate.
        var captured = Fates.Assertion(FateStatus.CaptureConfirmed, "2020-12-13", Credibility.Confirmed);
        var detained = Fates.Assertion(FateStatus.Detained, "2020-12-13", Credibility.Confirmed);
        var later = captured.Id.CompareTo(detained.Id) > 0 ? captured : detained;

        var oneWay = FateSummary.Derive([captured, detained], NoRetractions);
        var otherWay = FateSummary.Derive([detained, captured], NoRetractions);

        Assert.Same(later, oneWay.Current);
        Assert.Same(later, otherWay.Current);
        Assert.Same(later, FateSummary.DeriveAsOf([detained, captured], NoRetractions, new DateOnly(2020, 12, 13)).Current);
    }

    [Theory]
    [InlineData(FateStatus.Deceased, "2020-12-12", FateStatus.CaptureConfirmed, "2020-12-14")]
    [InlineData(FateStatus.CaptureConfirmed, "2020-12-13", FateStatus.Missing, "2021-02")]
    [InlineData(FateStatus.RemainsIdentified, "2021-03", FateStatus.Repatriated, "2021-05-01")]
    [InlineData(FateStatus.Repatriated, "2020-12-14", FateStatus.Missing, "2021")]
    public void Derive_ConflictingCredibleAssertions_AreContestedAndTheLatestIsStillCurrent(
        FateStatus earlierStatus, string earlierAsOf, FateStatus laterStatus, string laterAsOf)
    {
        var earlier = Fates.Assertion(earlierStatus, earlierAsOf, Credibility.ProbablyTrue);
        var later = Fates.Assertion(laterStatus, laterAsOf, Credibility.PossiblyTrue);

        var summary = FateSummary.Derive([later, earlier], NoRetractions);

        Assert.True(summary.IsContested);
        var conflict = Assert.Single(summary.Conflicts);
        Assert.Same(earlier, conflict.First);
        Assert.Same(later, conflict.Second);
        Assert.Same(later, summary.Current);
        Assert.True(summary.IsCredible);
    }

    [Fact]
    public void Derive_OneAssertionConflictingWithTwoOthers_ListsEveryPair()
    {
        var deceased = Fates.Assertion(FateStatus.Deceased, "2020-12-12");
        var captured = Fates.Assertion(FateStatus.CaptureConfirmed, "2020-12-14");
        var repatriated = Fates.Assertion(FateStatus.Repatriated, "2020-12-20");

        var summary = FateSummary.Derive([deceased, captured, repatriated], NoRetractions);

        Assert.Equal(2, summary.Conflicts.Count);
        Assert.Contains(summary.Conflicts, c => c.First == deceased && c.Second == captured);
        Assert.Contains(summary.Conflicts, c => c.First == deceased && c.Second == repatriated);
        Assert.Same(repatriated, summary.Current);
    }

    [Theory]
    [InlineData(Credibility.DoubtfullyTrue)]
    [InlineData(Credibility.Improbable)]
    [InlineData(Credibility.CannotBeJudged)]
    public void Derive_ConflictWithLowCredibilityEvidence_IsNotContestedAndDoesNotDecide(Credibility credibility)
    {
        var deceased = Fates.Assertion(FateStatus.Deceased, "2020-12-12", Credibility.ProbablyTrue);
        var rumour = Fates.Assertion(FateStatus.CaptureConfirmed, "2020-12-14", credibility);

        var summary = FateSummary.Derive([deceased, rumour], NoRetractions);

        Assert.False(summary.IsContested);
        Assert.Same(deceased, summary.Current);
        Assert.True(summary.IsCredible);
    }

    [Fact]
    public void Derive_OnlyLowCredibilityAssertions_ShowsTheLatestAsNotCredible()
    {
        var video = Fates.Assertion(FateStatus.ReportedCaptured, "2020-12-12", Credibility.CannotBeJudged);
        var rumour = Fates.Assertion(FateStatus.Deceased, "2020-12-15", Credibility.Improbable);

        var summary = FateSummary.Derive([rumour, video], NoRetractions);

        Assert.Same(rumour, summary.Current);
        Assert.Equal(FateStatus.Deceased, summary.Status);
        Assert.False(summary.IsCredible);
        Assert.False(summary.IsContested);
    }

    [Fact]
    public void Derive_RetractedAssertion_IsIgnoredForTheCurrentFateAndForConflicts()
    {
        var captured = Fates.Assertion(FateStatus.CaptureConfirmed, "2020-12-13");
        var deceased = Fates.Assertion(FateStatus.Deceased, "2020-12-12");
        var repatriated = Fates.Assertion(FateStatus.Repatriated, "2020-12-14");

        var summary = FateSummary.Derive(
            [captured, deceased, repatriated],
            [Fates.RetractionOf(deceased), Fates.RetractionOf(repatriated)]);

        Assert.Same(captured, summary.Current);
        Assert.False(summary.IsContested);
    }

    [Fact]
    public void Derive_EveryAssertionRetracted_HasNoCurrentFate()
    {
        var missing = Fates.Assertion(FateStatus.Missing, "2020-12-11");

        var summary = FateSummary.Derive([missing], [Fates.RetractionOf(missing)]);

        Assert.Null(summary.Current);
        Assert.Null(summary.Status);
    }

    [Fact]
    public void Derive_MonthAndDayInThatMonth_TheDayIsLater()
    {
        // "December 2020" starts before "14 December 2020", so the precise date decides.
        var captured = Fates.Assertion(FateStatus.CaptureConfirmed, "2020-12-14", recordedAt: Days.LongAfter);
        var detained = Fates.Assertion(FateStatus.Detained, "2020-12", recordedAt: Days.LongAfter.AddDays(30));

        var summary = FateSummary.Derive([captured, detained], NoRetractions);

        Assert.Same(captured, summary.Current);
    }

    [Fact]
    public void Derive_EqualDates_TheLaterRecordedIsCurrent()
    {
        var reported = Fates.Assertion(FateStatus.ReportedCaptured, "2020-12-14", recordedAt: Days.LongAfter.AddDays(2));
        var confirmed = Fates.Assertion(FateStatus.CaptureConfirmed, "2020-12-14", recordedAt: Days.LongAfter);

        Assert.Same(reported, FateSummary.Derive([reported, confirmed], NoRetractions).Current);
        Assert.Same(reported, FateSummary.Derive([confirmed, reported], NoRetractions).Current);
    }

    [Fact]
    public void Derive_NullArguments_ThrowArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => FateSummary.Derive(null!, NoRetractions));
        Assert.Throws<ArgumentNullException>(() => FateSummary.Derive([], null!));
    }

    [Fact]
    public void Derive_ApproximateDeathOnTheDayOfAMissingReport_DeathRecordedLaterIsCurrent()
    {
        var missing = Fates.Assertion(FateStatus.Missing, "2020-12-12", recordedAt: Days.NoonUtc("2021-01-10"));
        var deceased = Fates.Assertion(FateStatus.Deceased, "~2020-12-12", recordedAt: Days.NoonUtc("2021-03-01"));

        var summary = FateSummary.Derive([deceased, missing], NoRetractions);

        Assert.Same(deceased, summary.Current);
        Assert.False(summary.IsContested);
    }

    [Theory]
    [InlineData("2020-12-10", null)]
    [InlineData("2020-12-12", FateStatus.Missing)]
    [InlineData("2020-12-13", FateStatus.CaptureConfirmed)]
    [InlineData("2020-12-15", FateStatus.Repatriated)]
    public void DeriveAsOf_ADay_CountsOnlyWhatHadHappenedByThen(string day, FateStatus? expected)
    {
        var missing = Fates.Assertion(FateStatus.Missing, "2020-12-11");
        var confirmed = Fates.Assertion(FateStatus.CaptureConfirmed, "2020-12-13", Credibility.Confirmed);
        var repatriated = Fates.Assertion(FateStatus.Repatriated, "2020-12-14", Credibility.Confirmed);

        var summary = FateSummary.DeriveAsOf([repatriated, missing, confirmed], NoRetractions, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, summary.Status);
    }

    [Fact]
    public void DeriveAsOf_RetractionRecordedLater_StillRemovesTheAssertionOnEarlierDays()
    {
        var missing = Fates.Assertion(FateStatus.Missing, "2020-12-11");
        var wrongDeath = Fates.Assertion(FateStatus.Deceased, "2020-12-12", Credibility.ProbablyTrue);
        var retraction = new FateRetraction(Guid.NewGuid(), wrongDeath.Id, "Misidentified in the video.", new Evidence(Evidences.SourceId, null, "page 2", Credibility.Confirmed), "analyst", DateTimeOffset.UtcNow);

        var summary = FateSummary.DeriveAsOf([missing, wrongDeath], [retraction], new DateOnly(2020, 12, 20));

        Assert.Equal(FateStatus.Missing, summary.Status);
    }

    [Fact]
    public void DeriveChanges_AHistoryWithAMonthAConflictAndARetraction_GivesOnEveryDayWhatDeriveAsOfGives()
    {
        var missing = Fates.Assertion(FateStatus.Missing, "2020-10");
        var sameDayDoubt = Fates.Assertion(FateStatus.ReportedCaptured, "2020-10-01", Credibility.DoubtfullyTrue);
        var reported = Fates.Assertion(FateStatus.ReportedCaptured, "2020-11-03", Credibility.PossiblyTrue);
        var wrongDeath = Fates.Assertion(FateStatus.Deceased, "2020-11-20", Credibility.ProbablyTrue);
        var dead = Fates.Assertion(FateStatus.Deceased, "2020-11-25", Credibility.PossiblyTrue);
        var repatriated = Fates.Assertion(FateStatus.Repatriated, "2020-12-14", Credibility.Confirmed);
        FateAssertion[] history = [repatriated, dead, missing, wrongDeath, reported, sameDayDoubt];
        FateRetraction[] retractions = [Fates.RetractionOf(wrongDeath)];

        var changes = FateSummary.DeriveChanges(history, retractions);

        Assert.Equal([Days.Day("2020-10-01"), Days.Day("2020-11-03"), Days.Day("2020-11-25"), Days.Day("2020-12-14")], changes.Select(c => c.From));
        for (var day = Days.Day("2020-09-01"); day <= Days.Day("2021-01-31"); day = day.AddDays(1))
        {
            var expected = FateSummary.DeriveAsOf(history, retractions, day);
            var fate = changes.LastOrDefault(c => c.From <= day)?.Fate;
            Assert.Same(expected.Current, fate?.Current);
            Assert.Equal(expected.Conflicts, fate?.Conflicts ?? []);
        }
    }

    [Fact]
    public void DeriveChanges_EveryAssertionRetracted_HasNoChange()
    {
        var missing = Fates.Assertion(FateStatus.Missing, "2020-12-11");

        Assert.Empty(FateSummary.DeriveChanges([missing], [Fates.RetractionOf(missing)]));
        Assert.Empty(FateSummary.DeriveChanges([], NoRetractions));
    }
}
