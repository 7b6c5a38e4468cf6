namespace Whereabouts.Domain.Tests.Exchanges;

public sealed class ExchangeTests
{
    private static readonly Guid Manifest = Guid.NewGuid();
    private static readonly Guid Handover = Guid.NewGuid();
    private static readonly PartialDate December14 = PartialDate.OfDay(2020, 12, 14);

    [Fact]
    public void AssertionFor_PersonReceivedByOwnSide_IsRepatriatedOnTheExchangeDateWithTheFirstSource()
    {
        var person = Armenian();
        var incident = Guid.NewGuid();
        var exchange = Record([new ExchangeTransfer(person.Id, "azerbaijani", "armenian")], incident);

        var assertion = exchange.AssertionFor(person, Guid.NewGuid(), Credibility.Confirmed);

        Assert.Equal(FateStatus.Repatriated, assertion.Status);
        Assert.Equal(December14, assertion.AsOf);
        Assert.Equal(Manifest, assertion.Evidence.SourceId);
        Assert.Equal(Credibility.Confirmed, assertion.Evidence.Credibility);
        Assert.Equal("exchange of 2020-12-14: handed over by azerbaijani to armenian", assertion.Evidence.Locator);
        Assert.Equal(incident, assertion.IncidentId);
        Assert.Equal("caseworker.one", assertion.RecordedBy);
    }

    [Fact]
    public void AssertionFor_PersonReceivedByTheOtherSide_IsOnlyReleased()
    {
        var person = Armenian();
        var exchange = Record([new ExchangeTransfer(person.Id, "armenian", "azerbaijani")]);

        Assert.Equal(FateStatus.Released, exchange.AssertionFor(person, Guid.NewGuid(), Credibility.ProbablyTrue).Status);
    }

    [Fact]
    public void AssertionFor_Remains_AreRemainsRecovered()
    {
        var person = Armenian();
        var exchange = Record([new ExchangeTransfer(person.Id, "azerbaijani", "armenian", TransferKind.Remains)]);

        Assert.Equal(FateStatus.RemainsRecovered, exchange.AssertionFor(person, Guid.NewGuid(), Credibility.ProbablyTrue).Status);
    }

    [Fact]
    public void AssertionFor_TransferCitingItsOwnSource_RestsOnThatSource()
    {
        var person = Armenian();
        var exchange = Record([new ExchangeTransfer(person.Id, "azerbaijani", "armenian", SourceId: Handover)]);

        Assert.Equal(Handover, exchange.AssertionFor(person, Guid.NewGuid(), Credibility.ProbablyTrue).Evidence.SourceId);
    }

    [Fact]
    public void AssertionFor_PersonNotInTheExchange_IsRefused()
    {
        var exchange = Record([new ExchangeTransfer(Guid.NewGuid(), "azerbaijani", "armenian")]);

        var error = Assert.Throws<DomainRuleException>(() => exchange.AssertionFor(Armenian(), Guid.NewGuid(), Credibility.ProbablyTrue));

        Assert.Equal("exchange.not-transferred", error.Rule);
    }

    [Fact]
    public void AssertionFor_HeldPerson_TakesThePersonOutOfCaptivity()
    {
        var person = PersonBuilder.APerson().WithFate(FateStatus.CaptureConfirmed, "2020-11-30", Credibility.Confirmed).Build();
        var exchange = Record([new ExchangeTransfer(person.Id, "azerbaijani", "armenian")]);

        person.AssertFate(exchange.AssertionFor(person, Guid.NewGuid(), Credibility.Confirmed));

        Assert.Equal(FateGroup.Free, FateTransitions.GroupOf(person.Fate.Status!.Value));
        Assert.Equal(FateStatus.CaptureConfirmed, person.FateOn(new DateOnly(2020, 12, 13)).Status);
    }

    [Theory]
    [InlineData("exchange.source-required")]
    [InlineData("exchange.transfer-required")]
    [InlineData("exchange.transfer-duplicate")]
    [InlineData("exchange.transfer-side")]
    [InlineData("exchange.transfer-source")]
    public void Constructor_BrokenRule_IsRefusedWithItsCode(string rule)
    {
        var person = Guid.NewGuid();
        IReadOnlyList<Guid> sources = rule == "exchange.source-required" ? [] : [Manifest];
        IReadOnlyList<ExchangeTransfer> transfers = rule switch
        {
            "exchange.transfer-required" => [],
            "exchange.transfer-duplicate" => [new(person, "azerbaijani", "armenian"), new(person, "armenian", "azerbaijani")],
            "exchange.transfer-side" => [new(person, "azerbaijani", null!)],
            "exchange.transfer-source" => [new(person, "azerbaijani", "armenian", SourceId: Guid.NewGuid())],
            _ => [new(person, "azerbaijani", "armenian")],
        };

        var error = Assert.Throws<DomainRuleException>(() =>
            new Exchange(Guid.NewGuid(), new ExchangeDetails(December14, ExchangeTerms.AllForAll), sources, transfers, "caseworker.one", Days.LongAfter));

        Assert.Equal(rule, error.Rule);
    }

    [Fact]
    public void Constructor_OtherTermsWithoutWords_IsRefused()
    {
        var error = Assert.Throws<DomainRuleException>(() => new Exchange(
            Guid.NewGuid(), new ExchangeDetails(December14, ExchangeTerms.Other), [Manifest], [new(Guid.NewGuid(), "azerbaijani", "armenian")], "caseworker.one", Days.LongAfter));

        Assert.Equal("exchange.terms-text", error.Rule);
    }

    [Fact]
    public void Revise_AnotherDate_IsRefusedBecauseTheFatesAreDatedByIt()
    {
        var exchange = Record([new ExchangeTransfer(Guid.NewGuid(), "azerbaijani", "armenian")]);

        var error = Assert.Throws<DomainRuleException>(() => exchange.Revise(new ExchangeDetails(PartialDate.OfDay(2020, 12, 15), ExchangeTerms.AllForAll)));

        Assert.Equal("exchange.date-fixed", error.Rule);
        Assert.Equal(December14, exchange.Date);
    }

    [Fact]
    public void Revise_AnotherIncident_IsRefusedBecauseTheFatesNameIt()
    {
        var incident = Guid.NewGuid();
        var exchange = Record([new ExchangeTransfer(Guid.NewGuid(), "azerbaijani", "armenian")], incident);

        var error = Assert.Throws<DomainRuleException>(() => exchange.Revise(exchange.Details with { IncidentId = Guid.NewGuid() }));

        Assert.Equal("exchange.where-fixed", error.Rule);
        Assert.Equal(incident, exchange.IncidentId);
    }

    [Fact]
    public void Revise_APlaceWhereNoneWasRecorded_IsRefusedBecauseTheFatesHaveNone()
    {
        var exchange = Record([new ExchangeTransfer(Guid.NewGuid(), "azerbaijani", "armenian")]);

        var error = Assert.Throws<DomainRuleException>(() => exchange.Revise(exchange.Details with { PlaceId = Guid.NewGuid() }));

        Assert.Equal("exchange.where-fixed", error.Rule);
        Assert.Null(exchange.PlaceId);
    }

    [Fact]
    public void Revise_MediatorsAndRoute_ReplacesThemTrimmedAndWithoutRepeats()
    {
        var exchange = Record([new ExchangeTransfer(Guid.NewGuid(), "azerbaijani", "armenian")]);

        exchange.Revise(new ExchangeDetails(December14, ExchangeTerms.AllForAll, Route: "  by air  ", Mediators: [" ICRC ", "icrc", "Russia"]));

        Assert.Equal("by air", exchange.Route);
        Assert.Equal(["ICRC", "Russia"], exchange.Mediators);
    }

    private static Person Armenian() =>
        new(Guid.NewGuid(), Names.LatinArmenian, new PersonDetails(Side: "armenian"), isInvented: true);

    private static Exchange Record(IReadOnlyList<ExchangeTransfer> transfers, Guid? incidentId = null) =>
        new(Guid.NewGuid(), new ExchangeDetails(December14, ExchangeTerms.AllForAll, IncidentId: incidentId), [Manifest, Handover], transfers, "caseworker.one", Days.LongAfter);

    [Fact]
    public void Constructor_TransferToTheSamePartyItCameFrom_IsRefused()
    {
        var refusal = DomainAssert.Refuses("exchange.transfer-side", () => Record([new ExchangeTransfer(Guid.NewGuid(), "northland", "Northland")]));

        DomainAssert.MessageSays(refusal, "northland");
    }

    [Fact]
    public void Constructor_PartiesOfAnyConflict_AreKeptAsSlugs()
    {
        var exchange = Record([new ExchangeTransfer(Guid.NewGuid(), "Northland", "SOUTHLAND")]);

        Assert.Equal(("northland", "southland"), (exchange.Transfers[0].HandedOverBy, exchange.Transfers[0].ReceivedBy));
    }
}
