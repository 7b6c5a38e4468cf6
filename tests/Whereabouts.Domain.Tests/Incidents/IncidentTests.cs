namespace Whereabouts.Domain.Tests;

public sealed class IncidentTests
{
    private static Incident Fighting() => new(
        Guid.NewGuid(),
        "Fighting at Hin Tagher and Khtsabert",
        PartialDate.OfDay(2020, 12, 11),
        PartialDate.OfDay(2020, 12, 13));

    [Fact]
    public void Constructor_NameWithControlCharacters_IsKeptComposedWithoutThem()
    {
        var incident = new Incident(Guid.NewGuid(), "Exchange\u001B[1m at\u0085 Goris", PartialDate.OfYear(2020));

        Assert.Equal("Exchange[1m at Goris", incident.Name);
    }

    [Fact]
    public void Constructor_ValidValues_AreKeptTrimmed()
    {
        var id = Guid.NewGuid();

        var incident = new Incident(id, "  Exchange of prisoners ", PartialDate.OfDay(2020, 12, 14), null, "  44 went one way, 14 the other. ");

        Assert.Equal(id, incident.Id);
        Assert.Equal("Exchange of prisoners", incident.Name);
        Assert.Equal(PartialDate.OfDay(2020, 12, 14), incident.StartedOn);
        Assert.Null(incident.EndedOn);
        Assert.Equal("44 went one way, 14 the other.", incident.Description);
        Assert.Empty(incident.PlaceIds);
        Assert.Empty(incident.Parties);
    }

    [Theory]
    [InlineData("2020-12-14", "2020-12-11")]
    [InlineData("2020-12", "2020-11-30")]
    [InlineData("2021", "2020")]
    [InlineData("2020-12-14", "~2020-12-12")]
    public void Constructor_EndBeforeStart_IsRefused(string start, string end)
    {
        var refusal = DomainAssert.Refuses(
            "incident.dates",
            () => new Incident(Guid.NewGuid(), "Clashes", PartialDate.Parse(start), PartialDate.Parse(end)));

        DomainAssert.MessageSays(refusal, start, end);
    }

    [Theory]
    [InlineData("2020-12-11", "2020-12-11")]
    [InlineData("2020-12-11", "2020-12")]
    [InlineData("2020-12", "2020-12-01")]
    [InlineData("2020-12-14", "~2020-12-13")]
    [InlineData("2021-11-16", "2021-12-04")]
    public void Constructor_EndThatCanBeOnOrAfterStart_IsAccepted(string start, string end)
    {
        var incident = new Incident(Guid.NewGuid(), "Clashes", PartialDate.Parse(start), PartialDate.Parse(end));

        Assert.Equal(PartialDate.Parse(end), incident.EndedOn);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Constructor_NoName_IsRefused(string name)
    {
        DomainAssert.Refuses("incident.name-required", () => new Incident(Guid.NewGuid(), name, PartialDate.OfYear(2020)));
    }

    [Fact]
    public void Revise_InvalidDates_IsRefusedAndNothingChanges()
    {
        var incident = Fighting();

        DomainAssert.Refuses(
            "incident.dates",
            () => incident.Revise("Renamed", PartialDate.OfDay(2020, 12, 11), PartialDate.OfDay(2020, 12, 10), "changed"));

        Assert.Equal("Fighting at Hin Tagher and Khtsabert", incident.Name);
        Assert.Equal(PartialDate.OfDay(2020, 12, 13), incident.EndedOn);
        Assert.Null(incident.Description);
    }

    [Fact]
    public void Revise_ValidValues_ReplacesThem()
    {
        var incident = Fighting();

        incident.Revise("Fighting in the Hadrut region", PartialDate.OfMonth(2020, 12), null, " Two villages were taken. ");

        Assert.Equal("Fighting in the Hadrut region", incident.Name);
        Assert.Equal(PartialDate.OfMonth(2020, 12), incident.StartedOn);
        Assert.Null(incident.EndedOn);
        Assert.Equal("Two villages were taken.", incident.Description);
    }

    [Fact]
    public void AddPlace_SamePlaceTwice_IsListedOnce()
    {
        var incident = Fighting();
        var hinTagher = Guid.NewGuid();
        var khtsabert = Guid.NewGuid();

        incident.AddPlace(hinTagher);
        incident.AddPlace(khtsabert);
        incident.AddPlace(hinTagher);

        Assert.Equal([hinTagher, khtsabert], incident.PlaceIds);
    }

    [Fact]
    public void AddPlace_EmptyId_IsIgnored()
    {
        var incident = Fighting();

        incident.AddPlace(Guid.Empty);

        Assert.Empty(incident.PlaceIds);
    }

    [Fact]
    public void AddParty_SamePartyInAnotherCaseOrWithSpaces_IsListedOnceAsFirstWritten()
    {
        var incident = Fighting();

        incident.AddParty("Russian peacekeepers");
        incident.AddParty(" ICRC ");
        incident.AddParty("russian PEACEKEEPERS");
        incident.AddParty("icrc");

        Assert.Equal(["Russian peacekeepers", "ICRC"], incident.Parties);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void AddParty_Blank_IsRefused(string party)
    {
        var incident = Fighting();

        DomainAssert.Refuses("incident.party", () => incident.AddParty(party));

        Assert.Empty(incident.Parties);
    }
}
