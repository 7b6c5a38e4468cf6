using System.Xml.Linq;
using Whereabouts.Application.Control;
using Whereabouts.Application.Legal;
using Whereabouts.Application.Parties;
using Whereabouts.Application.Places;
using Whereabouts.Application.Reports;
using Whereabouts.Domain;
using Whereabouts.Web.Maps;

namespace Whereabouts.Web.Tests.Maps;

public sealed class RegistryMapSvgTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly MapPlace Village = new(Guid.NewGuid(), "Invented village", PlaceKind.Village, 38.5, 41.0);
    private static readonly MapPlace Town = new(Guid.NewGuid(), "Invented <town> & \"co\"", PlaceKind.Town, 38.6, 41.5);

    [Fact]
    public void Render_PlacesAndAnIncidentOverBoundaries_DrawsCountriesLabelledPointsAndALinkedMark()
    {
        var incident = new MapIncident(Guid.NewGuid(), "Invented clash", PartialDate.OfDay(2020, 12, 12), [new MapPosition(38.55, 41.25)], [Village.Id, Town.Id]);
        var map = new RegistryMap([Village, Town], [incident], 0);

        var svg = XElement.Parse(RegistryMapSvg.Render(map, Countries()));

        var countries = svg.Descendants(Svg + "path").Where(p => (string?)p.Attribute("class") == "country").ToList();
        Assert.Equal(["Squareland", "Backland"], countries.Select(c => c.Element(Svg + "title")!.Value));
        var link = Assert.Single(svg.Descendants(Svg + "a"));
        Assert.Equal($"/Incidents/{incident.Id}", (string?)link.Attribute("href"));
        Assert.Contains("Invented clash", link.Element(Svg + "title")!.Value, StringComparison.Ordinal);
        var labels = svg.Descendants(Svg + "g").Where(g => ((string?)g.Attribute("class"))?.StartsWith("place ", StringComparison.Ordinal) == true).ToList();
        Assert.Equal(2, labels.Count);
        Assert.Contains(labels, g => g.Element(Svg + "title")!.Value == "Invented <town> & \"co\"");
    }

    [Fact]
    public void Render_NamesWithMarkup_AreEscaped()
    {
        var markup = RegistryMapSvg.Render(new RegistryMap([Town], [], 0), null);

        Assert.DoesNotContain("<town>", markup, StringComparison.Ordinal);
        Assert.Contains("&lt;town&gt; &amp;", markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_WithoutBoundaries_DrawsThePlacesAlone()
    {
        var svg = XElement.Parse(RegistryMapSvg.Render(new RegistryMap([Village], [], 0), null));

        Assert.Empty(svg.Descendants(Svg + "path"));
        Assert.Single(svg.Descendants(Svg + "circle"));
    }

    [Fact]
    public void RegionOf_Places_FramesThemWithAMargin()
    {
        var region = RegistryMapSvg.RegionOf(new RegistryMap([Village, Town], [], 0));

        Assert.True(region.West < 41.0 && region.East > 41.5 && region.South < 38.5 && region.North > 38.6);
        Assert.True(region.East - region.West >= 4);
    }

    private static IReadOnlyList<Boundary> Countries()
    {
        using var file = File.OpenRead(TopoJsonReaderTests.Fixture);
        return TopoJsonReader.Read(file, "countries");
    }

    [Fact]
    public void Render_ADayWithControl_DrawsEachHolderInItsColourWithALegendNamingIt()
    {
        var day = new DateOnly(2020, 12, 14);
        var map = new RegistryMap([Village, Town], [], 0)
        {
            Day = day,
            Parties = Parties,
            Control =
            [
                new PlaceControlAt(new PlaceLink(Village.Id, Village.Name), PartialDate.OfDay(day), [Period(Village.Id, ControlKind.Controlled, "second", null)]),
                new PlaceControlAt(new PlaceLink(Town.Id, Town.Name), PartialDate.OfDay(day), [Period(Town.Id, ControlKind.Patrolled, null, "Monitors (invented)")]),
            ],
        };

        var svg = XElement.Parse(RegistryMapSvg.Render(map, null));

        var held = Control(svg, Village.Id);
        Assert.Equal(ControlPalette.Of("second", Parties), (string?)Assert.Single(held.Elements(Svg + "circle")).Attribute("fill"));
        Assert.NotEqual(ControlPalette.Of("first", Parties), ControlPalette.Of("second", Parties));
        var ring = Assert.Single(Control(svg, Town.Id).Elements(Svg + "circle"));
        Assert.Equal("control-patrolled", (string?)ring.Attribute("class"));
        Assert.Equal("none", (string?)ring.Attribute("fill"));
        var legend = svg.Descendants(Svg + "g").Single(g => (string?)g.Attribute("id") == "control-legend").Value;
        Assert.Contains("Controlled by Second party (invented)", legend, StringComparison.Ordinal);
        Assert.Contains("Patrolled by Monitors (invented)", legend, StringComparison.Ordinal);
        Assert.DoesNotContain("First party", legend, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SourcesThatDisagree_SplitTheMarkAndSayDisputed()
    {
        var day = new DateOnly(2020, 12, 14);
        var map = new RegistryMap([Village], [], 0)
        {
            Day = day,
            Parties = Parties,
            Control = [new PlaceControlAt(new PlaceLink(Village.Id, Village.Name), PartialDate.OfDay(day), [Period(Village.Id, ControlKind.Controlled, "first", null), Period(Village.Id, ControlKind.Controlled, "second", null)])],
        };

        var svg = XElement.Parse(RegistryMapSvg.Render(map, null));

        var mark = Control(svg, Village.Id);
        Assert.Contains("control-disputed", (string?)mark.Attribute("class"), StringComparison.Ordinal);
        Assert.Equal(
            [ControlPalette.Of("first", Parties), ControlPalette.Of("second", Parties)],
            mark.Elements(Svg + "path").Select(p => (string?)p.Attribute("fill")));
        Assert.Contains("Sources disagree", svg.Descendants(Svg + "g").Single(g => (string?)g.Attribute("id") == "control-legend").Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NoDay_DrawsNoControlAndNoLegend()
    {
        var svg = XElement.Parse(RegistryMapSvg.Render(new RegistryMap([Village], [], 0), null));

        Assert.DoesNotContain(svg.Descendants(Svg + "g"), g => (string?)g.Attribute("class") == "control" || (string?)g.Attribute("id") == "control-legend");
    }

    private static readonly PartyList Parties = new([
        new PartyView("first", "First party (invented)", null, null, null, 1),
        new PartyView("second", "Second party (invented)", null, null, null, 1),
    ]);

    private static XElement Control(XElement svg, Guid place) =>
        svg.Descendants(Svg + "g").Single(g => (string?)g.Attribute("data-place") == place.ToString());

    private static PlaceControlView Period(Guid place, ControlKind kind, string? party, string? holder) => new(
        Guid.NewGuid(), place, kind, party, holder, PartialDate.OfDay(2020, 12, 14), null, new DocumentLink(Guid.NewGuid(), "Invented map"),
        null, null, "test", DateTimeOffset.UnixEpoch, null, null, null);
}
