using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Whereabouts.Application.Reports;
using Whereabouts.Domain;
using Whereabouts.Web.Display;

namespace Whereabouts.Web.Maps;

/// <summary>
/// Draws the registry's places and incidents over country boundaries as SVG, on the server (no
/// tiles, no script). The region shown is the one around the places, with a margin; incidents are
/// numbered marks that link to their pages, places are labelled points.
/// </summary>
internal static class RegistryMapSvg
{
    /// <summary>The picture's width; the height follows from the region.</summary>
    public const double Width = 800;

    // Where no place has a position: the South Caucasus.
    private static readonly GeoBox DefaultRegion = new(38.5, 37.5, 51.0, 43.8);

    // Boundaries far outside the picture are pulled to this margin around it, so a country as large
    // as Russia costs a few hundred positions instead of thousands.
    private const double Margin = 20;
    private const double CharWidth = 6.2;
    private const double LabelHeight = 12;
    private const double IncidentRadius = 9;

    /// <summary>The region the map shows: the places' box with a quarter of its size around it, at least 4° by 3°.</summary>
    public static GeoBox RegionOf(RegistryMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var box = GeoBox.Around(map.Places.Select(p => new GeoPoint(p.Longitude, p.Latitude)));
        return box?.Padded(0.25, 4, 3) ?? DefaultRegion;
    }

    /// <summary>The SVG markup; every text is escaped by the XML writer.</summary>
    /// <param name="map">The places and incidents.</param>
    /// <param name="countries">The boundaries, or null to draw the places alone.</param>
    public static string Render(RegistryMap map, IReadOnlyList<Boundary>? countries)
    {
        ArgumentNullException.ThrowIfNull(map);
        XNamespace svg = "http://www.w3.org/2000/svg";
        var projection = new MapProjection(RegionOf(map), Width);
        var root = new XElement(
            svg + "svg",
            new XAttribute("viewBox", Invariant($"0 0 {Width} {Round(projection.Height)}")),
            new XAttribute("class", "map"),
            new XAttribute("role", "img"),
            new XAttribute("aria-labelledby", "map-title"),
            new XElement(svg + "title", new XAttribute("id", "map-title"), Labels.Text("Map of the registry's incidents and places")),
            new XElement(svg + "rect", new XAttribute("class", "sea"), new XAttribute("width", Round(Width)), new XAttribute("height", Round(projection.Height))));

        foreach (var country in countries ?? [])
        {
            if (country.Box is not { } box || !box.Intersects(projection.Region))
            {
                continue;
            }

            var path = PathOf(country, projection);
            if (path.Length > 0)
            {
                root.Add(new XElement(svg + "path", new XAttribute("class", "country"), new XAttribute("d", path), new XElement(svg + "title", country.Name)));
            }
        }

        var taken = new List<(double X, double Y, double W, double H)>();
        var incidentMarks = new List<(MapIncident Incident, int Number, double X, double Y)>();
        foreach (var (incident, index) in map.Incidents.Select((i, n) => (i, n + 1)))
        {
            foreach (var mark in incident.Marks)
            {
                var (x, y) = projection.Project(new GeoPoint(mark.Longitude, mark.Latitude));

                // Incidents at the same spot (two exchanges at the same crossing) sit side by side.
                while (incidentMarks.Any(m => Math.Abs(m.X - x) < 2 * IncidentRadius && Math.Abs(m.Y - y) < 2 * IncidentRadius))
                {
                    x += 2 * IncidentRadius + 2;
                }

                incidentMarks.Add((incident, index, x, y));
                taken.Add((x - IncidentRadius, y - IncidentRadius, 2 * IncidentRadius, 2 * IncidentRadius));
            }
        }

        // Places are named as the gazetteer records them, in no reader's language.
        var places = new XElement(svg + "g", new XAttribute("class", "places"), new XAttribute("translate", "no"));
        foreach (var place in map.Places.OrderBy(p => p.Kind).ThenBy(p => p.Name, StringComparer.Ordinal))
        {
            var (x, y) = projection.Project(new GeoPoint(place.Longitude, place.Latitude));
            var group = new XElement(
                svg + "g",
                new XAttribute("class", "place place-" + place.Kind.ToString().ToLowerInvariant()),
                new XElement(svg + "title", place.Name),
                new XElement(svg + "circle", new XAttribute("cx", Round(x)), new XAttribute("cy", Round(y)), new XAttribute("r", place.Kind is PlaceKind.Country or PlaceKind.Region ? "2" : "3")));
            if (LabelSpot(place.Name, x, y, taken, projection) is { } spot)
            {
                group.Add(new XElement(
                    svg + "text",
                    new XAttribute("x", Round(spot.X)),
                    new XAttribute("y", Round(spot.Y)),
                    new XAttribute("text-anchor", spot.Anchor),
                    place.Name));
            }

            places.Add(group);
        }

        root.Add(places);
        foreach (var (incident, number, x, y) in incidentMarks)
        {
            root.Add(new XElement(
                svg + "a",
                new XAttribute("href", "/Incidents/" + incident.Id.ToString()),
                new XAttribute("class", "incident"),
                new XElement(svg + "title", Invariant($"{number}. {incident.Name} ({Labels.Of(incident.StartedOn)})")),
                new XElement(svg + "circle", new XAttribute("cx", Round(x)), new XAttribute("cy", Round(y)), new XAttribute("r", Round(IncidentRadius))),
                new XElement(svg + "text", new XAttribute("x", Round(x)), new XAttribute("y", Round(y + 4)), new XAttribute("text-anchor", "middle"), number.ToString(CultureInfo.InvariantCulture))));
        }

        return root.ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>
    /// The first of right, left, above and below the point where the label overlaps no label or
    /// mark already drawn and stays inside the picture; null when none does (the table under the
    /// map still names the place).
    /// </summary>
    private static (double X, double Y, string Anchor)? LabelSpot(string name, double x, double y, List<(double X, double Y, double W, double H)> taken, MapProjection projection)
    {
        var width = name.Length * CharWidth;
        var candidates = new (double X, double Y, string Anchor, double Left)[]
        {
            (x + 6, y + 4, "start", x + 6),
            (x - 6, y + 4, "end", x - 6 - width),
            (x, y - 7, "middle", x - (width / 2)),
            (x, y + 15, "middle", x - (width / 2)),
        };
        foreach (var c in candidates)
        {
            var box = (X: c.Left, Y: c.Y - LabelHeight + 2, W: width, H: LabelHeight);
            var inside = box.X >= 0 && box.Y >= 0 && box.X + box.W <= projection.Width && box.Y + box.H <= projection.Height;
            if (inside && !taken.Any(t => box.X < t.X + t.W && t.X < box.X + box.W && box.Y < t.Y + t.H && t.Y < box.Y + box.H))
            {
                taken.Add(box);
                return (c.X, c.Y, c.Anchor);
            }
        }

        return null;
    }

    private static string PathOf(Boundary country, MapProjection projection)
    {
        var d = new StringBuilder();
        foreach (var ring in country.Rings)
        {
            if (GeoBox.Around(ring) is not { } box || !box.Intersects(projection.Region))
            {
                continue;
            }

            (double X, double Y)? last = null;
            var count = 0;
            var start = d.Length;
            foreach (var point in ring)
            {
                var (x, y) = projection.Project(point);
                var clamped = (X: Math.Round(Math.Clamp(x, -Margin, projection.Width + Margin), 1), Y: Math.Round(Math.Clamp(y, -Margin, projection.Height + Margin), 1));
                if (clamped == last)
                {
                    continue;
                }

                d.Append(count == 0 ? 'M' : 'L').Append(Round(clamped.X)).Append(',').Append(Round(clamped.Y));
                last = clamped;
                count++;
            }

            if (count < 3)
            {
                d.Length = start;
            }
            else
            {
                d.Append('Z');
            }
        }

        return d.ToString();
    }

    private static string Round(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
