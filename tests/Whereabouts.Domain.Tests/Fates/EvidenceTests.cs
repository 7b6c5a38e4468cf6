namespace Whereabouts.Domain.Tests;

public sealed class EvidenceTests
{
    [Fact]
    public void Constructor_SourceAndQuote_IsAccepted()
    {
        var evidence = new Evidence(Evidences.SourceId, "  The ICRC visited him on 13 December.  ", null, Credibility.Confirmed);

        Assert.Equal(Evidences.SourceId, evidence.SourceId);
        Assert.Equal("The ICRC visited him on 13 December.", evidence.Quote);
        Assert.Null(evidence.Locator);
        Assert.Equal(Credibility.Confirmed, evidence.Credibility);
    }

    [Fact]
    public void Constructor_SourceAndLocator_IsAccepted()
    {
        var evidence = new Evidence(Evidences.SourceId, "   ", " 00:41 in the video ", Credibility.CannotBeJudged);

        Assert.Null(evidence.Quote);
        Assert.Equal("00:41 in the video", evidence.Locator);
    }

    [Fact]
    public void Constructor_EmptySource_IsRefused()
    {
        var refusal = DomainAssert.Refuses(
            "evidence.source-required",
            () => new Evidence(Guid.Empty, "He was taken at Khtsabert.", "row 17", Credibility.Confirmed));

        DomainAssert.MessageSays(refusal, "source");
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", "")]
    [InlineData("  ", "\t")]
    public void Constructor_NeitherQuoteNorLocator_IsRefused(string? quote, string? locator)
    {
        var refusal = DomainAssert.Refuses(
            "evidence.quote-or-locator-required",
            () => new Evidence(Evidences.SourceId, quote, locator, Credibility.ProbablyTrue));

        DomainAssert.MessageSays(refusal, "quote", "locator");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(-1)]
    public void Constructor_CredibilityOutsideOneToSix_IsRefused(int grade)
    {
        var refusal = DomainAssert.Refuses(
            "evidence.credibility",
            () => new Evidence(Evidences.SourceId, null, "row 17", (Credibility)grade));

        DomainAssert.MessageSays(refusal, "1 (confirmed) to 6");
    }

    [Theory]
    [InlineData(Credibility.Confirmed, true)]
    [InlineData(Credibility.ProbablyTrue, true)]
    [InlineData(Credibility.PossiblyTrue, true)]
    [InlineData(Credibility.DoubtfullyTrue, false)]
    [InlineData(Credibility.Improbable, false)]
    [InlineData(Credibility.CannotBeJudged, false)]
    public void IsCredible_OnlyGradesOneToThree(Credibility credibility, bool expected)
    {
        Assert.Equal(expected, Evidences.Graded(credibility).IsCredible);
    }

    [Fact]
    public void Equals_SameSourceTextAndGrade_AreEqual()
    {
        Assert.Equal(
            new Evidence(Evidences.SourceId, null, "row 17", Credibility.Confirmed),
            new Evidence(Evidences.SourceId, "", " row 17 ", Credibility.Confirmed));
        Assert.NotEqual(Evidences.Graded(Credibility.Confirmed), Evidences.Graded(Credibility.ProbablyTrue));
    }
}
