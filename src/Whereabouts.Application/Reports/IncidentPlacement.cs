using Whereabouts.Domain;

namespace Whereabouts.Application.Reports;

/// <summary>
/// Where the map draws an incident: at its own place, the most precise of the places recorded for
/// it, never at a point none of them is (the middle of "Armenia, Azerbaijan" is in neither).
/// </summary>
public static class IncidentPlacement
{
    /// <summary>Places closer than this to the middle of their group are one spot on the map.</summary>
    private const double SameSpotKilometres = 30;

    /// <summary>
    /// The marks for an incident whose places are <paramref name="places"/>: only the most precise
    /// kind among them counts (a village over its region, a region over its country); if those
    /// places lie together, one mark at their middle, otherwise one mark at each.
    /// </summary>
    /// <returns>No marks when no place has a position.</returns>
    public static IReadOnlyList<MapPosition> MarksFor(IReadOnlyCollection<MapPlace> places)
    {
        ArgumentNullException.ThrowIfNull(places);
        if (places.Count == 0)
        {
            return [];
        }

        var precision = places.Max(place => Precision(place.Kind));
        var precise = places.Where(place => Precision(place.Kind) == precision).ToList();
        var middle = new MapPosition(precise.Average(p => p.Latitude), precise.Average(p => p.Longitude));
        return precise.All(place => Kilometres(middle, new MapPosition(place.Latitude, place.Longitude)) <= SameSpotKilometres)
            ? [middle]
            : [.. precise.Select(place => new MapPosition(place.Latitude, place.Longitude)).Distinct()];
    }

    /// <summary>How precisely a kind of place locates something: larger is more precise.</summary>
    private static int Precision(PlaceKind kind) => kind switch
    {
        PlaceKind.Country => 0,
        PlaceKind.Region => 1,
        PlaceKind.Town => 2,

        // A village, or another named spot (a checkpoint, a border crossing, a height).
        PlaceKind.Village => 3,
        PlaceKind.Other => 3,
        _ => 2,
    };

    /// <summary>The great-circle distance (haversine, mean Earth radius).</summary>
    private static double Kilometres(MapPosition a, MapPosition b)
    {
        const double EarthRadius = 6371.0;
        static double Radians(double degrees) => degrees * Math.PI / 180;
        var dLat = Radians(b.Latitude - a.Latitude);
        var dLon = Radians(b.Longitude - a.Longitude);
        var h = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2)) + (Math.Cos(Radians(a.Latitude)) * Math.Cos(Radians(b.Latitude)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * EarthRadius * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }
}
