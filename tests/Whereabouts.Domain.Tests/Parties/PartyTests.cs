using System.Globalization;

namespace Whereabouts.Domain.Tests.Parties;

public sealed class PartyTests
{
    private static readonly PartyNames Northland = new("Northland", "Հյուսիսային երկիր", "Северland", null);

    [Theory]
    [InlineData("northland", "northland")]
    [InlineData("  Northland ", "northland")]
    [InlineData("ARMENIAN", "armenian")]
    [InlineData("north-land-2", "north-land-2")]
    public void Constructor_Slug_IsKeptTrimmedInLowercase(string given, string kept) =>
        Assert.Equal(kept, new Party(given, Northland).Slug);

    [Theory]
    [InlineData("")]
    [InlineData("north land")]
    [InlineData("-north")]
    [InlineData("north-")]
    [InlineData("север")]
    [InlineData("north_land")]
    [InlineData("unknown")]
    [InlineData("a-slug-that-is-far-longer-than-forty-characters")]
    public void Constructor_NotASlug_IsRefused(string slug) =>
        DomainAssert.Refuses("party.slug", () => new Party(slug, Northland));

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void Constructor_NoEnglishName_IsRefused(string? english) =>
        DomainAssert.Refuses("party.name-en", () => new Party("northland", new PartyNames(english!)));

    [Fact]
    public void Rename_NameTooLong_IsRefusedAndKeepsTheNames()
    {
        var party = new Party("northland", Northland);

        DomainAssert.Refuses("party.name-ru", () => party.Rename(new PartyNames("Northland", Russian: new string('ы', Party.NameLength + 1))));

        Assert.Equal(Northland, party.Names);
    }

    [Fact]
    public void Rename_BlankNames_BecomeNull()
    {
        var party = new Party("northland", Northland);

        party.Rename(new PartyNames(" North Land ", "  ", null, ""));

        Assert.Equal(new PartyNames("North Land"), party.Names);
    }

    [Theory]
    [InlineData("en", "Northland")]
    [InlineData("hy", "Հյուսիսային երկիր")]
    [InlineData("ru", "Северland")]
    [InlineData("az", "Northland")]
    [InlineData("de", "Northland")]
    public void NameIn_Culture_GivesItsLanguageOrEnglish(string culture, string expected) =>
        Assert.Equal(expected, new Party("northland", Northland).NameIn(CultureInfo.GetCultureInfo(culture)));

    [Theory]
    [InlineData(null, null)]
    [InlineData("  ", null)]
    [InlineData("Southland", "southland")]
    public void Reference_BlankOrSlug_IsNullOrTheSlug(string? given, string? expected) =>
        Assert.Equal(expected, Party.Reference("person.side", given));

    [Fact]
    public void Reference_NotASlug_IsRefusedUnderTheGivenRule() =>
        DomainAssert.Refuses("person.side", () => Party.Reference("person.side", "South land"));
}
