using Whereabouts.Application.Reports;
using Whereabouts.Domain;

namespace Whereabouts.Application.Tests.Reports;

public sealed class IncidentPlacementTests
{
    // Invented places; the positions are only roughly those of a region like the South Caucasus.
    private static readonly MapPlace CountryA = new(Guid.NewGuid(), "Invented country A", PlaceKind.Country, 40.2, 44.9);
    private static readonly MapPlace CountryB = new(Guid.NewGuid(), "Invented country B", PlaceKind.Country, 40.4, 47.6);
    private static readonly MapPlace RegionA = new(Guid.NewGuid(), "Invented region", PlaceKind.Region, 39.8, 46.5);
    private static readonly MapPlace Village = new(Guid.NewGuid(), "Invented village", PlaceKind.Village, 39.71, 46.62);
    private static readonly MapPlace NearbyVillage = new(Guid.NewGuid(), "Invented hamlet", PlaceKind.Village, 39.75, 46.70);

    [Fact]
    public void MarksFor_TwoCountries_OneMarkInEachNeverTheirMiddle()
    {
        var marks = IncidentPlacement.MarksFor([CountryA, CountryB]);

        Assert.Equal([new MapPosition(40.2, 44.9), new MapPosition(40.4, 47.6)], marks);
    }

    [Fact]
    public void MarksFor_VillageAndItsRegionAndCountry_TheVillageOnly()
    {
        var marks = IncidentPlacement.MarksFor([CountryA, RegionA, Village]);

        Assert.Equal([new MapPosition(39.71, 46.62)], marks);
    }

    [Fact]
    public void MarksFor_TwoVillagesAFewKilometresApart_OneMarkBetweenThem()
    {
        var mark = Assert.Single(IncidentPlacement.MarksFor([Village, NearbyVillage]));

        Assert.Equal(39.73, mark.Latitude, 6);
        Assert.Equal(46.66, mark.Longitude, 6);
    }

    [Fact]
    public void MarksFor_NoPlaces_NoMarks()
    {
        Assert.Empty(IncidentPlacement.MarksFor([]));
    }
}
