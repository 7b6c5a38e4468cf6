namespace Whereabouts.Domain.Tests;

public sealed class VerificationStepTests
{
    private static readonly Guid Video = Guid.NewGuid();
    private static readonly DateTimeOffset Noon = new(2026, 12, 7, 12, 0, 0, TimeSpan.FromHours(4));
    private static readonly string Hash = new('C', 64);

    [Fact]
    public void Constructor_ADecisionWithMethodsAndANote_KeepsThemInUtc()
    {
        var step = new VerificationStep(
            Guid.Empty, Video, null, VerificationState.Verified, VerificationMethods.Geolocation | VerificationMethods.Metadata, "  The ridge matches.  ", " analyst-1 ", Noon);

        Assert.NotEqual(Guid.Empty, step.Id);
        Assert.Equal(Video, step.SourceId);
        Assert.Null(step.FileSha256);
        Assert.Equal("The ridge matches.", step.Note);
        Assert.Equal("analyst-1", step.RecordedBy);
        Assert.Equal(TimeSpan.Zero, step.RecordedAt.Offset);
        Assert.Equal(Noon, step.RecordedAt);
    }

    [Fact]
    public void Constructor_AFileByItsHashInCapitals_StoresTheHashInLowercase()
    {
        var step = new VerificationStep(Guid.Empty, null, Hash, VerificationState.UnderReview, VerificationMethods.None, null, "analyst-1", Noon);

        Assert.Null(step.SourceId);
        Assert.Equal(new string('c', 64), step.FileSha256);
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void Constructor_NeitherOrBothSubjects_IsRefused(bool source, bool file)
    {
        DomainAssert.Refuses(
            "verification.subject",
            () => new VerificationStep(Guid.Empty, source ? Video : null, file ? Hash : null, VerificationState.UnderReview, VerificationMethods.None, null, "analyst-1", Noon));
    }

    [Fact]
    public void Constructor_ADecisionWithoutAMethod_IsRefused()
    {
        DomainAssert.Refuses(
            "verification.method-required",
            () => new VerificationStep(Guid.Empty, Video, null, VerificationState.ShownFalse, VerificationMethods.None, "Filmed in 2016.", "analyst-1", Noon));
    }

    [Fact]
    public void Constructor_ADecisionWithoutANote_IsRefused()
    {
        DomainAssert.Refuses(
            "verification.note-required",
            () => new VerificationStep(Guid.Empty, Video, null, VerificationState.Disputed, VerificationMethods.Chronolocation, "   ", "analyst-1", Noon));
    }

    [Fact]
    public void Constructor_UnknownStateOrMethodOrALongNote_IsRefused()
    {
        DomainAssert.Refuses("verification.state", () => new VerificationStep(Guid.Empty, Video, null, (VerificationState)9, VerificationMethods.None, null, "a", Noon));
        DomainAssert.Refuses("verification.method", () => new VerificationStep(Guid.Empty, Video, null, VerificationState.UnderReview, (VerificationMethods)64, null, "a", Noon));
        DomainAssert.Refuses(
            "verification.note-length",
            () => new VerificationStep(Guid.Empty, Video, null, VerificationState.UnderReview, VerificationMethods.None, new string('x', VerificationStep.NoteLength + 1), "a", Noon));
    }

    [Theory]
    [InlineData(VerificationState.Unverified, VerificationState.UnderReview, true)]
    [InlineData(VerificationState.Unverified, VerificationState.Verified, false)]
    [InlineData(VerificationState.Unverified, VerificationState.Unverified, false)]
    [InlineData(VerificationState.UnderReview, VerificationState.Verified, true)]
    [InlineData(VerificationState.UnderReview, VerificationState.Disputed, true)]
    [InlineData(VerificationState.UnderReview, VerificationState.ShownFalse, true)]
    [InlineData(VerificationState.UnderReview, VerificationState.Unverified, true)]
    [InlineData(VerificationState.UnderReview, VerificationState.UnderReview, false)]
    [InlineData(VerificationState.Verified, VerificationState.UnderReview, true)]
    [InlineData(VerificationState.Verified, VerificationState.ShownFalse, false)]
    [InlineData(VerificationState.ShownFalse, VerificationState.UnderReview, true)]
    [InlineData(VerificationState.Disputed, VerificationState.Verified, false)]
    public void CanFollow_EachMove_IsAllowedOnlyThroughAReview(VerificationState current, VerificationState next, bool allowed)
    {
        Assert.Equal(allowed, VerificationStep.CanFollow(current, next));
    }

    [Fact]
    public void StateAfter_StepsInAnyOrder_IsTheLastRecorded()
    {
        var review = Step(VerificationState.UnderReview, Noon);
        var decision = new VerificationStep(Guid.Empty, Video, null, VerificationState.Disputed, VerificationMethods.SourceContact, "The channel denies it.", "a", Noon.AddHours(1));

        Assert.Equal(VerificationState.Unverified, VerificationStep.StateAfter([]));
        Assert.Equal(VerificationState.Disputed, VerificationStep.StateAfter([decision, review]));
    }

    [Fact]
    public void EnsureCanFollow_ADecisionWithoutAReview_IsRefused()
    {
        DomainAssert.Refuses("verification.transition", () => VerificationStep.EnsureCanFollow([], VerificationState.Verified));
        VerificationStep.EnsureCanFollow([Step(VerificationState.UnderReview, Noon)], VerificationState.Verified);
    }

    [Theory]
    [InlineData(VerificationState.Verified, true)]
    [InlineData(VerificationState.Disputed, true)]
    [InlineData(VerificationState.ShownFalse, true)]
    [InlineData(VerificationState.UnderReview, false)]
    [InlineData(VerificationState.Unverified, false)]
    public void IsDecision_EachState_IsTrueForTheThreeDecisions(VerificationState state, bool decision)
    {
        Assert.Equal(decision, VerificationStep.IsDecision(state));
    }

    private static VerificationStep Step(VerificationState state, DateTimeOffset at) =>
        new(Guid.Empty, Video, null, state, VerificationMethods.None, null, "a", at);
}
