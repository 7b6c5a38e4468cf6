using Whereabouts.Web.Maps;

namespace Whereabouts.Web.Tests.Maps;

public sealed class TopoJsonReaderTests
{
    internal static string Fixture => Path.Combine(AppContext.BaseDirectory, "TestData", "Maps", "two-squares.topo.json");

    [Fact]
    public void Read_QuantizedArcs_DecodesDeltasScalesAndTranslates()
    {
        using var file = File.OpenRead(Fixture);

        var countries = TopoJsonReader.Read(file, "countries");

        var square = countries.Single(c => c.Name == "Squareland");
        var ring = Assert.Single(square.Rings);

        // Arc 0 then arc 1, their shared corner (42, 39) kept once; the ring closes on its start.
        Assert.Equal(
            [new GeoPoint(40, 38), new GeoPoint(42, 38), new GeoPoint(42, 39), new GeoPoint(40, 39), new GeoPoint(40, 38)],
            ring);
    }

    [Fact]
    public void Read_NegativeArcIndex_WalksThatArcBackwards()
    {
        using var file = File.OpenRead(Fixture);

        var countries = TopoJsonReader.Read(file, "countries");

        // ~1 is arc 1 backwards, ~0 is arc 0 backwards: the same square, the other way round.
        var ring = Assert.Single(countries.Single(c => c.Name == "Backland").Rings);
        Assert.Equal(
            [new GeoPoint(40, 38), new GeoPoint(40, 39), new GeoPoint(42, 39), new GeoPoint(42, 38), new GeoPoint(40, 38)],
            ring);
    }

    [Fact]
    public void Read_PointsAndUnnamedShapes_SkipsPointsAndNamesTheRestByTheirId()
    {
        using var file = File.OpenRead(Fixture);

        var countries = TopoJsonReader.Read(file, "countries");

        Assert.Equal(["Squareland", "Backland", "4"], countries.Select(c => c.Name));
        Assert.Equal(new GeoBox(80, 58, 81, 58.5), countries[2].Box);
    }

    [Fact]
    public void Read_WithoutTransform_TakesPositionsAsTheyAre()
    {
        const string topology = """
            {"type":"Topology","objects":{"land":{"type":"Polygon","arcs":[[0]]}},
             "arcs":[[[44.5,40.1],[45.5,40.1],[45.5,41.0],[44.5,40.1]]]}
            """;

        var land = Assert.Single(TopoJsonReader.Read(topology, "land"));

        Assert.Equal([new GeoPoint(44.5, 40.1), new GeoPoint(45.5, 40.1), new GeoPoint(45.5, 41.0), new GeoPoint(44.5, 40.1)], Assert.Single(land.Rings));
    }

    [Theory]
    [InlineData("""{"type":"FeatureCollection","features":[]}""")]
    [InlineData("""{"type":"Topology","objects":{},"arcs":[]}""")]
    public void Read_NotATopologyWithThatObject_SaysSo(string json)
    {
        Assert.Throws<InvalidDataException>(() => TopoJsonReader.Read(json, "countries"));
    }
}
