using System.Xml.Linq;
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
}
