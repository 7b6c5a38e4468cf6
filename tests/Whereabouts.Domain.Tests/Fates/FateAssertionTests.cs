namespace Whereabouts.Domain.Tests;

public sealed class FateAssertionTests
{
    private static readonly PartialDate December14 = PartialDate.OfDay(2020, 12, 14);

    [Fact]
    public void Constructor_AllParts_AreKept()
    {
        var id = Guid.NewGuid();
        var incident = Guid.NewGuid();
        var place = Guid.NewGuid();
        var evidence = Evidences.Confirmed();

        var assertion = new FateAssertion(
            id, FateStatus.Repatriated, December14, evidence, " caseworker.one ", Days.LongAfter, incident, place, "  flown to Yerevan  ");

        Assert.Equal(id, assertion.Id);
        Assert.Equal(FateStatus.Repatriated, assertion.Status);
        Assert.Equal(December14, assertion.AsOf);
        Assert.Same(evidence, assertion.Evidence);
        Assert.Equal("caseworker.one", assertion.RecordedBy);
        Assert.Equal(Days.LongAfter, assertion.RecordedAt);
        Assert.Equal(incident, assertion.IncidentId);
        Assert.Equal(place, assertion.PlaceId);
        Assert.Equal("flown to Yerevan", assertion.Note);
    }

    [Fact]
    public void Constructor_EmptyIdAndBlankNote_GetANewIdAndNoNote()
    {
        var assertion = new FateAssertion(Guid.Empty, FateStatus.Missing, December14, Evidences.Credible(), "caseworker.one", Days.LongAfter, note: "  ");

        Assert.NotEqual(Guid.Empty, assertion.Id);
        Assert.Null(assertion.Note);
    }

    [Fact]
    public void Constructor_RecordedAtWithAnOffset_IsKeptAsTheSameInstantInUtc()
    {
        var yerevanMorning = new DateTimeOffset(2020, 12, 14, 9, 30, 0, TimeSpan.FromHours(4));

        var assertion = new FateAssertion(Guid.NewGuid(), FateStatus.Repatriated, December14, Evidences.Confirmed(), "caseworker.one", yerevanMorning);

        Assert.Equal(TimeSpan.Zero, assertion.RecordedAt.Offset);
        Assert.Equal(new DateTimeOffset(2020, 12, 14, 5, 30, 0, TimeSpan.Zero), assertion.RecordedAt);
    }

    [Fact]
    public void Constructor_NoEvidence_IsRefusedSayingEvidenceIsNeeded()
    {
        var refusal = DomainAssert.Refuses(
            "fate.evidence-required",
            () => new FateAssertion(Guid.NewGuid(), FateStatus.CaptureConfirmed, December14, null!, "caseworker.one", Days.LongAfter));

        DomainAssert.MessageSays(refusal, "CaptureConfirmed", "needs evidence", "source", "quote or locator");
    }

    [Fact]
    public void Constructor_NoDate_IsRefused()
    {
        DomainAssert.Refuses(
            "fate.date-required",
            () => new FateAssertion(Guid.NewGuid(), FateStatus.Missing, null!, Evidences.Credible(), "caseworker.one", Days.LongAfter));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Constructor_NoRecorder_IsRefused(string recordedBy)
    {
        DomainAssert.Refuses(
            "fate.recorder-required",
            () => new FateAssertion(Guid.NewGuid(), FateStatus.Missing, December14, Evidences.Credible(), recordedBy, Days.LongAfter));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(12)]
    public void Constructor_UnknownStatus_IsRefused(int status)
    {
        DomainAssert.Refuses(
            "fate.status",
            () => new FateAssertion(Guid.NewGuid(), (FateStatus)status, December14, Evidences.Credible(), "caseworker.one", Days.LongAfter));
    }
}
