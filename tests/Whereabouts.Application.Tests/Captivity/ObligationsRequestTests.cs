using Whereabouts.Application.Captivity;
using Whereabouts.Application.Common;
using Whereabouts.Application.Parties;
using Whereabouts.Domain;

namespace Whereabouts.Application.Tests.Captivity;

public sealed class ObligationsRequestTests
{
    private static readonly PartyList Parties = new([
        PartyView.From(new Party("armenian", new PartyNames("Armenia", "Հայաստան", "Армения", "Ermənistan"))),
        PartyView.From(new Party("azerbaijani", new PartyNames("Azerbaijan", "Ադրբեջան", "Азербайджан", "Azərbaycan"))),
    ]);

    [Fact]
    public void Parse_PartyInAnyCaseAndAPeriod_GivesTheSlugAndTheDays()
    {
        var (party, from, to) = ObligationsRequest.Parse("Azerbaijani", "2020-12-01", " 2020-12-31 ", Parties);

        Assert.Equal("azerbaijani", party);
        Assert.Equal(new DateOnly(2020, 12, 1), from);
        Assert.Equal(new DateOnly(2020, 12, 31), to);
    }

    [Fact]
    public void Parse_NoPartyABadDayAndNoPeriod_NamesEachField()
    {
        var refused = Assert.Throws<ValidationFailedException>(() => ObligationsRequest.Parse(null, "12/01/2020", null, Parties));

        Assert.Equal(["from", "party"], refused.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Parse_PeriodEndingBeforeItStarts_IsRefusedOnTo()
    {
        var refused = Assert.Throws<ValidationFailedException>(() => ObligationsRequest.Parse("armenian", "2021-01-01", "2020-12-31", Parties));

        Assert.Equal(["to"], refused.Errors.Keys);
    }
}
