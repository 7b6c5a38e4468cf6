namespace Whereabouts.Domain.Tests;

public sealed class CountClaimTests
{
    private static readonly Guid SourceId = Guid.NewGuid();
    private static readonly Guid IncidentId = Guid.NewGuid();
    private static readonly Guid PlaceId = Guid.NewGuid();

    // "The fate of 73 servicemen is unknown", said the (invented) ministry.
    private static readonly CountClaimDetails SeventyThree = new(
        SourceId,
        Count: 73,
        CountMax: null,
        CountQualifier.Exact,
        CountCategory.Missing,
        "armenian",
        IncidentId,
        PlaceId: null,
        PartialDate.OfDay(2020, 12, 15),
        ClaimStatus.Asserted,
        "the Ministry of Defence",
        "The fate of 73 servicemen is unknown.");

    private static CountClaim Record(CountClaimDetails details) => new(Guid.NewGuid(), details, "analyst.one", Days.LongAfter);

    [Fact]
    public void Constructor_ValidClaim_KeepsEveryPart()
    {
        var id = Guid.NewGuid();

        var claim = new CountClaim(id, SeventyThree, " analyst.one ", Days.LongAfter);

        Assert.Equal(id, claim.Id);
        Assert.Equal(SeventyThree, claim.Details);
        Assert.Equal("analyst.one", claim.RecordedBy);
        Assert.Equal(Days.LongAfter, claim.RecordedAt);
    }

    [Fact]
    public void Constructor_RecordedAtWithAnOffset_IsKeptAsTheSameInstantInUtc()
    {
        var moscowNoon = new DateTimeOffset(2020, 12, 15, 12, 0, 0, TimeSpan.FromHours(3));

        var claim = new CountClaim(Guid.NewGuid(), SeventyThree, "analyst.one", moscowNoon);

        Assert.Equal(TimeSpan.Zero, claim.RecordedAt.Offset);
        Assert.Equal(new DateTimeOffset(2020, 12, 15, 9, 0, 0, TimeSpan.Zero), claim.RecordedAt);
    }

    [Fact]
    public void Constructor_DeniedFigure_IsKeptAsDenied()
    {
        var claim = Record(SeventyThree with { Count = 171, Status = ClaimStatus.Denied, Quote = "The ministry denied that 171 are missing." });

        Assert.Equal(171, claim.Count);
        Assert.Equal(ClaimStatus.Denied, claim.Status);
    }

    [Fact]
    public void Constructor_Texts_AreTrimmedAndBlankClaimantDropped()
    {
        var claim = Record(SeventyThree with { ClaimedBy = "   ", Quote = "  About 60 are missing.  " });

        Assert.Null(claim.ClaimedBy);
        Assert.Equal("About 60 are missing.", claim.Quote);
    }

    [Fact]
    public void Constructor_QuoteWithEscapeDecomposedLetterAndDirectionOverride_IsKeptLikeOtherFreeText()
    {
        // As an article's page may carry them: ESC, which a terminal obeys; an e followed by a
        // combining acute accent; and a right-to-left override, which free text keeps (scripts
        // written right to left need direction marks; terminals and pages escape or isolate it).
        var claim = Record(SeventyThree with { Quote = "Cafe\u0301 report:\u001B[2K \u202E73 are missing." });

        Assert.Equal("Caf\u00E9 report:[2K \u202E73 are missing.", claim.Quote);
    }

    [Fact]
    public void Constructor_RangeWithUpperBoundAboveCount_IsAccepted()
    {
        var claim = Record(SeventyThree with { Count = 40, CountMax = 140, Qualifier = CountQualifier.Range, Category = CountCategory.Held });

        Assert.Equal(40, claim.Count);
        Assert.Equal(140, claim.CountMax);
    }

    [Theory]
    [InlineData(40, null)]
    [InlineData(40, 40)]
    [InlineData(140, 40)]
    public void Constructor_RangeWithoutUpperBoundAboveCount_IsRefused(int count, int? countMax)
    {
        var refusal = DomainAssert.Refuses(
            "claim.range",
            () => Record(SeventyThree with { Count = count, CountMax = countMax, Qualifier = CountQualifier.Range }));

        DomainAssert.MessageSays(refusal, "upper bound");
    }

    [Theory]
    [InlineData(CountQualifier.Exact)]
    [InlineData(CountQualifier.About)]
    [InlineData(CountQualifier.AtLeast)]
    [InlineData(CountQualifier.MoreThan)]
    [InlineData(CountQualifier.FewerThan)]
    [InlineData(CountQualifier.Vague)]
    public void Constructor_UpperBoundOnAClaimThatIsNotARange_IsRefused(CountQualifier qualifier)
    {
        var refusal = DomainAssert.Refuses(
            "claim.range",
            () => Record(SeventyThree with { Count = 40, CountMax = 140, Qualifier = qualifier }));

        DomainAssert.MessageSays(refusal, "Only a range", qualifier.ToString());
    }

    [Fact]
    public void Constructor_VagueClaimWithoutANumber_IsAccepted()
    {
        var claim = Record(SeventyThree with
        {
            Count = null,
            Qualifier = CountQualifier.Vague,
            Category = CountCategory.Captured,
            Quote = "Several dozen were taken prisoner.",
        });

        Assert.Null(claim.Count);
        Assert.Equal(CountQualifier.Vague, claim.Qualifier);
    }

    [Theory]
    [InlineData(CountQualifier.Exact)]
    [InlineData(CountQualifier.About)]
    [InlineData(CountQualifier.AtLeast)]
    [InlineData(CountQualifier.MoreThan)]
    [InlineData(CountQualifier.FewerThan)]
    [InlineData(CountQualifier.Range)]
    public void Constructor_QualifiedClaimWithoutANumber_IsRefused(CountQualifier qualifier)
    {
        var refusal = DomainAssert.Refuses(
            "claim.count-required",
            () => Record(SeventyThree with { Count = null, CountMax = qualifier == CountQualifier.Range ? 140 : null, Qualifier = qualifier }));

        DomainAssert.MessageSays(refusal, qualifier.ToString(), "Vague");
    }

    [Theory]
    [InlineData(-1, null, CountQualifier.Exact)]
    [InlineData(-5, 10, CountQualifier.Range)]
    [InlineData(10, -5, CountQualifier.Range)]
    public void Constructor_NegativeNumber_IsRefused(int count, int? countMax, CountQualifier qualifier)
    {
        DomainAssert.Refuses(
            "claim.negative",
            () => Record(SeventyThree with { Count = count, CountMax = countMax, Qualifier = qualifier }));
    }

    [Fact]
    public void Constructor_Zero_IsAccepted()
    {
        Assert.Equal(0, Record(SeventyThree with { Count = 0, Category = CountCategory.Held }).Count);
    }

    [Fact]
    public void Constructor_BothIncidentAndPlace_IsRefused()
    {
        var refusal = DomainAssert.Refuses(
            "claim.scope",
            () => Record(SeventyThree with { IncidentId = IncidentId, PlaceId = PlaceId }));

        DomainAssert.MessageSays(refusal, "not both");
    }

    [Theory]
    [InlineData(false, false, ClaimScope.Overall)]
    [InlineData(true, false, ClaimScope.Incident)]
    [InlineData(false, true, ClaimScope.Place)]
    public void Scope_IsReadFromWhichOfIncidentAndPlaceIsSet(bool hasIncident, bool hasPlace, ClaimScope expected)
    {
        var claim = Record(SeventyThree with
        {
            IncidentId = hasIncident ? IncidentId : null,
            PlaceId = hasPlace ? PlaceId : null,
        });

        Assert.Equal(expected, claim.Scope);
    }

    [Fact]
    public void Constructor_NoSource_IsRefused()
    {
        DomainAssert.Refuses("claim.source-required", () => Record(SeventyThree with { SourceId = Guid.Empty }));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("\u001B\u0007 ")]
    public void Constructor_NoQuote_IsRefused(string quote)
    {
        DomainAssert.Refuses("claim.quote-required", () => Record(SeventyThree with { Quote = quote }));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Constructor_NoRecorder_IsRefused(string recordedBy)
    {
        DomainAssert.Refuses("claim.recorder-required", () => new CountClaim(Guid.NewGuid(), SeventyThree, recordedBy, Days.LongAfter));
    }

    [Fact]
    public void Constructor_UnknownEnumValues_AreRefused()
    {
        DomainAssert.Refuses("claim.enum", () => Record(SeventyThree with { Qualifier = (CountQualifier)99 }));
        DomainAssert.Refuses("claim.enum", () => Record(SeventyThree with { Category = (CountCategory)99 }));
        DomainAssert.Refuses("claim.enum", () => Record(SeventyThree with { Status = (ClaimStatus)99 }));
    }

    [Fact]
    public void Constructor_SideThatIsNoSlug_IsRefused() =>
        DomainAssert.Refuses("claim.side", () => Record(SeventyThree with { Side = "Armenian side" }));

    [Fact]
    public void Constructor_NoSide_IsAccepted()
    {
        Assert.Null(Record(SeventyThree with { Side = null }).Side);
    }

    [Fact]
    public void Revise_ValidDetails_ReplacesThem()
    {
        var claim = Record(SeventyThree);
        var revised = SeventyThree with { Count = 44, Category = CountCategory.Released, AsOf = PartialDate.OfDay(2020, 12, 14) };

        claim.Revise(revised);

        Assert.Equal(revised, claim.Details);
    }

    [Fact]
    public void Revise_InvalidDetails_IsRefusedAndNothingChanges()
    {
        var claim = Record(SeventyThree);

        DomainAssert.Refuses("claim.scope", () => claim.Revise(SeventyThree with { Count = 60, PlaceId = PlaceId }));

        Assert.Equal(SeventyThree, claim.Details);
    }

    [Fact]
    public void Constructor_TypedInClaim_IsAcceptedAndCounted()
    {
        var claim = Record(SeventyThree);

        Assert.Equal(ClaimReview.Accepted, claim.Review);
        Assert.Null(claim.ReviewedBy);
    }

    [Fact]
    public void Propose_ExtractedClaim_WaitsForReview()
    {
        var claim = CountClaim.Propose(Guid.NewGuid(), SeventyThree, "analyst.one", Days.LongAfter);

        Assert.Equal(ClaimReview.Pending, claim.Review);
        Assert.Equal(73, claim.Count);
    }

    [Fact]
    public void Judge_RejectThenAccept_KeepsTheLatestJudgementAndWhoMadeIt()
    {
        var claim = CountClaim.Propose(Guid.NewGuid(), SeventyThree, "extractor", Days.LongAfter);

        claim.Judge(ClaimReview.Rejected, "analyst.one", Days.LongAfter);
        claim.Judge(ClaimReview.Accepted, " analyst.two ", Days.LongAfter.AddHours(1));

        Assert.Equal(ClaimReview.Accepted, claim.Review);
        Assert.Equal("analyst.two", claim.ReviewedBy);
        Assert.Equal(Days.LongAfter.AddHours(1), claim.ReviewedAt);
    }

    [Fact]
    public void Judge_BackToPending_IsRefused()
    {
        var claim = CountClaim.Propose(Guid.NewGuid(), SeventyThree, "extractor", Days.LongAfter);

        var error = Assert.Throws<DomainRuleException>(() => claim.Judge(ClaimReview.Pending, "analyst.one", Days.LongAfter));

        Assert.Equal("claim.review", error.Rule);
        Assert.Equal(ClaimReview.Pending, claim.Review);
    }

    [Fact]
    public void Judge_NoReviewer_IsRefused()
    {
        var claim = CountClaim.Propose(Guid.NewGuid(), SeventyThree, "extractor", Days.LongAfter);

        var error = Assert.Throws<DomainRuleException>(() => claim.Judge(ClaimReview.Accepted, "  ", Days.LongAfter));

        Assert.Equal("claim.reviewer-required", error.Rule);
    }
}
