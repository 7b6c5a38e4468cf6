using System.Text.Json.Nodes;
using Whereabouts.Application.Reports;

namespace Whereabouts.Web.Maps;

/// <summary>
/// The map's data for the pan-and-zoom map in the browser (Leaflet): the region to show first, the
/// country boundaries around it as GeoJSON, the places and the incidents with their marks. Names
/// are data, never markup: the script puts them into the page as text.
/// </summary>
internal static class RegistryMapJson
{
    // Boundaries are sent for a wide area around the region, so that zooming out shows neighbours,
    // but not for the whole world (the file would be megabytes).
    private const double WideShare = 1.5;

    public static JsonObject Build(RegistryMap map, IReadOnlyList<Boundary>? countries)
    {
        ArgumentNullException.ThrowIfNull(map);
        var region = RegistryMapSvg.RegionOf(map);
        var wide = region.Padded(WideShare, 30, 20);
        var features = new JsonArray();
        foreach (var country in countries ?? [])
        {
            if (country.Box is not { } box || !box.Intersects(wide))
            {
                continue;
            }

            // All rings in one polygon: Leaflet fills with the even-odd rule, so holes and islands
            // come out right without knowing which ring is which.
            var rings = new JsonArray();
            foreach (var ring in country.Rings)
            {
                rings.Add(new JsonArray([.. ring.Select(point => (JsonNode)new JsonArray(Round(point.Longitude), Round(point.Latitude)))]));
            }

            features.Add(new JsonObject
            {
                ["type"] = "Feature",
                ["properties"] = new JsonObject { ["name"] = country.Name },
                ["geometry"] = new JsonObject { ["type"] = "Polygon", ["coordinates"] = rings },
            });
        }

        return new JsonObject
        {
            ["region"] = new JsonArray(region.South, region.West, region.North, region.East),
            ["countries"] = new JsonObject { ["type"] = "FeatureCollection", ["features"] = features },
            ["places"] = new JsonArray([.. map.Places.Select(place => (JsonNode)new JsonObject
            {
                ["name"] = place.Name,
                ["kind"] = place.Kind.ToString().ToLowerInvariant(),
                ["latitude"] = place.Latitude,
                ["longitude"] = place.Longitude,
                ["href"] = "/Places/" + place.Id.ToString(),
            })]),
            ["incidents"] = new JsonArray([.. map.Incidents.Select((incident, index) => (JsonNode)new JsonObject
            {
                ["number"] = index + 1,
                ["name"] = incident.Name,
                ["started"] = incident.StartedOn.ToString(),
                ["href"] = "/Incidents/" + incident.Id.ToString(),
                ["marks"] = new JsonArray([.. incident.Marks.Select(mark => (JsonNode)new JsonArray(mark.Latitude, mark.Longitude))]),
            })]),
        };
    }

    private static double Round(double degrees) => Math.Round(degrees, 3);
}
