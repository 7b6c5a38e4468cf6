namespace Whereabouts.Domain.Tests;

public sealed class FateRetractionTests
{
    private static readonly Guid AssertionId = Guid.NewGuid();

    [Fact]
    public void Constructor_AllParts_AreKeptTrimmed()
    {
        var evidence = Evidences.Confirmed();

        var retraction = new FateRetraction(Guid.Empty, AssertionId, "  DNA showed a namesake. ", evidence, " caseworker.two ", Days.LongAfter);

        Assert.NotEqual(Guid.Empty, retraction.Id);
        Assert.Equal(AssertionId, retraction.AssertionId);
        Assert.Equal("DNA showed a namesake.", retraction.Reason);
        Assert.Same(evidence, retraction.Evidence);
        Assert.Equal("caseworker.two", retraction.RecordedBy);
        Assert.Equal(Days.LongAfter, retraction.RecordedAt);
    }

    [Fact]
    public void Constructor_RecordedAtWithAnOffset_IsKeptAsTheSameInstantInUtc()
    {
        var bakuEvening = new DateTimeOffset(2021, 3, 2, 21, 0, 0, TimeSpan.FromHours(4));

        var retraction = new FateRetraction(Guid.NewGuid(), AssertionId, "DNA showed a namesake.", Evidences.Confirmed(), "caseworker.two", bakuEvening);

        Assert.Equal(TimeSpan.Zero, retraction.RecordedAt.Offset);
        Assert.Equal(new DateTimeOffset(2021, 3, 2, 17, 0, 0, TimeSpan.Zero), retraction.RecordedAt);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Constructor_NoReason_IsRefused(string reason)
    {
        DomainAssert.Refuses(
            "retraction.reason-required",
            () => new FateRetraction(Guid.NewGuid(), AssertionId, reason, Evidences.Confirmed(), "caseworker.two", Days.LongAfter));
    }

    [Fact]
    public void Constructor_NoEvidence_IsRefused()
    {
        var refusal = DomainAssert.Refuses(
            "retraction.evidence-required",
            () => new FateRetraction(Guid.NewGuid(), AssertionId, "DNA showed a namesake.", null!, "caseworker.two", Days.LongAfter));

        DomainAssert.MessageSays(refusal, "evidence");
    }

    [Fact]
    public void Constructor_NoRecorder_IsRefused()
    {
        DomainAssert.Refuses(
            "retraction.recorder-required",
            () => new FateRetraction(Guid.NewGuid(), AssertionId, "DNA showed a namesake.", Evidences.Confirmed(), " ", Days.LongAfter));
    }
}
