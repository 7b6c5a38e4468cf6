namespace Whereabouts.Domain.Tests;

public sealed class LegalCaseTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 15, 0, 0, 0, TimeSpan.Zero);
    private static readonly Guid Person = Guid.NewGuid();

    private static LegalCaseDetails Request(string lodged = "2020-12-17") => new(
        " Request for interim measures ", ForumKind.EuropeanCourtOfHumanRights, "European Court of Human Rights", null,
        LegalCaseKind.InterimMeasuresRequest, PartialDate.Parse(lodged), [Person, Person, Guid.Empty], [" Counsel A ", "counsel a", ""]);

    private static Proceeding Step(string on, ProceedingKind kind = ProceedingKind.Decision) =>
        new(Guid.NewGuid(), PartialDate.Parse(on), kind, "Interim measures indicated.", "alice", Now);

    [Fact]
    public void Constructor_ValidRequest_KeepsTrimmedDistinctValues()
    {
        var legalCase = new LegalCase(Guid.NewGuid(), Request());

        Assert.Equal("Request for interim measures", legalCase.Title);
        Assert.Equal([Person], legalCase.PersonIds);
        Assert.Equal(["Counsel A"], legalCase.Counsel);
        Assert.Null(legalCase.Number);
        Assert.Equal(LegalCaseStatus.Pending, legalCase.Status);
    }

    [Fact]
    public void Constructor_EchrApplicationWithoutNumber_IsRefused()
    {
        DomainAssert.Refuses("legal-case.number-required", () => new LegalCase(Guid.NewGuid(), Request() with { Kind = LegalCaseKind.Application }));
    }

    [Fact]
    public void Constructor_NoPerson_IsRefused()
    {
        DomainAssert.Refuses("legal-case.person-required", () => new LegalCase(Guid.NewGuid(), Request() with { PersonIds = [Guid.Empty] }));
    }

    [Theory]
    [InlineData(LegalCaseKind.InterimMeasuresRequest, "Ten years", LegalCaseStatus.Pending, "legal-case.sentence-without-trial")]
    [InlineData(LegalCaseKind.Application, null, LegalCaseStatus.Sentenced, "legal-case.sentence-without-trial")]
    [InlineData(LegalCaseKind.CriminalTrial, null, LegalCaseStatus.Sentenced, "legal-case.sentence-required")]
    public void Constructor_SentenceThatDoesNotFit_IsRefused(LegalCaseKind kind, string? sentence, LegalCaseStatus status, string rule)
    {
        DomainAssert.Refuses(rule, () => new LegalCase(Guid.NewGuid(), Request() with { Kind = kind, Number = "1/20", Sentence = sentence, Status = status }));
    }

    [Theory]
    [InlineData("2020-12-16")]
    [InlineData("2020-11")]
    public void AddProceeding_DatedBeforeLodging_IsRefused(string on)
    {
        var legalCase = new LegalCase(Guid.NewGuid(), Request());

        var refusal = DomainAssert.Refuses("proceeding.before-lodged", () => legalCase.AddProceeding(Step(on)));

        DomainAssert.MessageSays(refusal, on, "2020-12-17");
        Assert.Empty(legalCase.Proceedings);
    }

    [Theory]
    [InlineData("2020-12-17")]
    [InlineData("2020-12")]
    [InlineData("2021-01-05")]
    public void AddProceeding_OnOrAfterLodgingOrOverlapping_IsKept(string on)
    {
        var legalCase = new LegalCase(Guid.NewGuid(), Request());

        legalCase.AddProceeding(Step(on));

        Assert.Equal(PartialDate.Parse(on), Assert.Single(legalCase.Proceedings).On);
    }

    [Fact]
    public void AddProceeding_InTheFuture_IsRefused()
    {
        var legalCase = new LegalCase(Guid.NewGuid(), Request());

        DomainAssert.Refuses("proceeding.in-future", () => legalCase.AddProceeding(Step("2026-02-01")));
    }

    [Fact]
    public void Revise_LodgingMovedAfterARecordedStep_IsRefusedAndChangesNothing()
    {
        var legalCase = new LegalCase(Guid.NewGuid(), Request());
        legalCase.AddProceeding(Step("2020-12-22"));

        DomainAssert.Refuses("legal-case.lodged-after-proceeding", () => legalCase.Revise(Request("2021-01-10") with { Title = "Changed" }));

        Assert.Equal(PartialDate.Parse("2020-12-17"), legalCase.LodgedOn);
        Assert.Equal("Request for interim measures", legalCase.Title);
    }

    [Fact]
    public void Proceeding_WithoutDescription_IsRefused()
    {
        DomainAssert.Refuses("proceeding.description-required",
            () => new Proceeding(Guid.NewGuid(), PartialDate.OfDay(2021, 1, 1), ProceedingKind.Hearing, "  ", "alice", Now));
    }
}
