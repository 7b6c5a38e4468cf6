using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Whereabouts.Application.Control;
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

    // Control is drawn under the place's point and any incident there, so it is larger than both:
    // a halo in the holder's colour, a ring around it for a patrol.
    private const double HoldingRadius = 13;
    private const double PatrolRadius = 16;
    private const double LegendCharWidth = 7.2;

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
    /// <param name="controlText">The words of the control legend in the reader's language; English when null.</param>
    public static string Render(RegistryMap map, IReadOnlyList<Boundary>? countries, ControlMapText? controlText = null)
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

        var text = controlText ?? ControlMapText.English;
        if (map.Day is not null)
        {
            root.Add(ControlLayer(svg, map, projection, text));
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

        if (map.Day is not null)
        {
            root.Add(Legend(svg, map, text));
        }

        return root.ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>
    /// Under each place, who held it on the map's day: a disc in the holder's colour for control, a
    /// ring for a patrol, a dark diamond for a contested place, and a disc split between the holders
    /// with a dashed outline where the sources disagree.
    /// </summary>
    private static XElement ControlLayer(XNamespace svg, RegistryMap map, MapProjection projection, ControlMapText text)
    {
        var layer = new XElement(svg + "g", new XAttribute("class", "control"));
        var positioned = map.Places.ToDictionary(p => p.Id);
        foreach (var at in map.Control)
        {
            if (!positioned.TryGetValue(at.Place.Id, out var place))
            {
                continue;
            }

            var (x, y) = projection.Project(new GeoPoint(place.Longitude, place.Latitude));
            var group = new XElement(
                svg + "g",
                new XAttribute("class", "control-place" + (at.Disagree ? " control-disputed" : string.Empty)),
                new XAttribute("data-place", at.Place.Id.ToString()),
                new XElement(svg + "title", place.Name + ": " + string.Join("; ", at.Periods.Select(p => Statement(p, map, text) + " (" + p.Source.Title + ")"))));
            var patrols = at.Periods.Where(p => p.Kind == ControlKind.Patrolled).DistinctBy(p => (p.Party, p.Holder)).ToList();
            foreach (var (patrol, index) in patrols.Select((p, i) => (p, i)))
            {
                group.Add(new XElement(
                    svg + "circle",
                    new XAttribute("class", "control-patrolled"),
                    new XAttribute("cx", Round(x)), new XAttribute("cy", Round(y)), new XAttribute("r", Round(PatrolRadius + (3.5 * index))),
                    new XAttribute("fill", "none"), new XAttribute("stroke", ControlPalette.Of(patrol.Party, map.Parties)), new XAttribute("stroke-width", "3.5")));
            }

            var holdings = at.Periods.Where(p => p.Kind != ControlKind.Patrolled).DistinctBy(p => (p.Kind, p.Party, p.Holder)).ToList();
            if (holdings.Count == 1)
            {
                group.Add(Holding(svg, holdings[0], x, y, map));
            }
            else if (holdings.Count > 1)
            {
                // One slice per statement, so that each source's holder is still seen.
                for (var i = 0; i < holdings.Count; i++)
                {
                    var start = (2 * Math.PI * i / holdings.Count) - (Math.PI / 2);
                    var end = (2 * Math.PI * (i + 1) / holdings.Count) - (Math.PI / 2);
                    var colour = holdings[i].Kind == ControlKind.Contested ? ControlPalette.Contested : ControlPalette.Of(holdings[i].Party, map.Parties);
                    group.Add(new XElement(
                        svg + "path",
                        new XAttribute("class", "control-slice"),
                        new XAttribute("fill", colour),
                        new XAttribute("d", Invariant($"M{Round(x)},{Round(y)} L{Round(x + (HoldingRadius * Math.Cos(start)))},{Round(y + (HoldingRadius * Math.Sin(start)))} A13,13 0 0,1 {Round(x + (HoldingRadius * Math.Cos(end)))},{Round(y + (HoldingRadius * Math.Sin(end)))} Z"))));
                }

                group.Add(new XElement(
                    svg + "circle",
                    new XAttribute("class", "control-disputed-mark"),
                    new XAttribute("cx", Round(x)), new XAttribute("cy", Round(y)), new XAttribute("r", Round(HoldingRadius + 2)),
                    new XAttribute("fill", "none"), new XAttribute("stroke", "#000"), new XAttribute("stroke-width", "1.5"), new XAttribute("stroke-dasharray", "3,2")));
            }

            layer.Add(group);
        }

        return layer;
    }

    private static XElement Holding(XNamespace svg, PlaceControlView period, double x, double y, RegistryMap map) =>
        period.Kind == ControlKind.Contested
            ? new XElement(
                svg + "path",
                new XAttribute("class", "control-contested"),
                new XAttribute("fill", ControlPalette.Contested),
                new XAttribute("d", Invariant($"M{Round(x)},{Round(y - HoldingRadius)} L{Round(x + HoldingRadius)},{Round(y)} L{Round(x)},{Round(y + HoldingRadius)} L{Round(x - HoldingRadius)},{Round(y)} Z")))
            : new XElement(
                svg + "circle",
                new XAttribute("class", "control-controlled"),
                new XAttribute("cx", Round(x)), new XAttribute("cy", Round(y)), new XAttribute("r", Round(HoldingRadius)),
                new XAttribute("fill", ControlPalette.Of(period.Party, map.Parties)), new XAttribute("fill-opacity", "0.85"));

    /// <summary>The legend in the top left corner: each holder drawn on the map, named in the reader's language.</summary>
    private static XElement Legend(XNamespace svg, RegistryMap map, ControlMapText text)
    {
        var periods = map.Control.SelectMany(a => a.Periods).ToList();
        var entries = new List<(string Label, XElement Swatch)>();
        foreach (var held in periods.Where(p => p.Kind == ControlKind.Controlled).DistinctBy(p => (p.Party, p.Holder))
            .OrderBy(p => p.Party is null).ThenBy(p => p.Party, StringComparer.Ordinal).ThenBy(p => p.Holder, StringComparer.Ordinal))
        {
            entries.Add((string.Format(text.Culture, text.Controlled, Who(held, map, text)), new XElement(svg + "circle", new XAttribute("r", "6"), new XAttribute("fill", ControlPalette.Of(held.Party, map.Parties)))));
        }

        foreach (var patrol in periods.Where(p => p.Kind == ControlKind.Patrolled).DistinctBy(p => (p.Party, p.Holder)))
        {
            entries.Add((string.Format(text.Culture, text.Patrolled, Who(patrol, map, text)), new XElement(svg + "circle", new XAttribute("r", "6"), new XAttribute("fill", "none"), new XAttribute("stroke", ControlPalette.Of(patrol.Party, map.Parties)), new XAttribute("stroke-width", "3"))));
        }

        if (periods.Any(p => p.Kind == ControlKind.Contested))
        {
            entries.Add((text.Contested, new XElement(svg + "path", new XAttribute("d", "M0,-6 L6,0 L0,6 L-6,0 Z"), new XAttribute("fill", ControlPalette.Contested))));
        }

        if (map.Control.Any(a => a.Disagree))
        {
            entries.Add((text.Disputed, new XElement(svg + "circle", new XAttribute("r", "6"), new XAttribute("fill", "none"), new XAttribute("stroke", "#000"), new XAttribute("stroke-dasharray", "3,2"))));
        }

        var width = 28 + (LegendCharWidth * Math.Max(text.Heading.Length, entries.Count == 0 ? 0 : entries.Max(e => e.Label.Length)));
        var legend = new XElement(
            svg + "g",
            new XAttribute("class", "control-legend"),
            new XAttribute("id", "control-legend"),
            new XElement(svg + "rect", new XAttribute("x", "6"), new XAttribute("y", "6"), new XAttribute("width", Round(width)), new XAttribute("height", Round(26 + (18 * entries.Count))), new XAttribute("fill", "#fff"), new XAttribute("fill-opacity", "0.9"), new XAttribute("stroke", "#999")),
            new XElement(svg + "text", new XAttribute("x", "14"), new XAttribute("y", "23"), new XAttribute("font-weight", "bold"), text.Heading));
        foreach (var ((label, swatch), index) in entries.Select((e, i) => (e, i)))
        {
            var y = 40 + (18 * index);
            swatch.Add(new XAttribute("transform", Invariant($"translate(22,{y - 4})")));
            legend.Add(swatch, new XElement(svg + "text", new XAttribute("x", "34"), new XAttribute("y", Round(y)), label));
        }

        return legend;
    }

    private static string Statement(PlaceControlView period, RegistryMap map, ControlMapText text) => period.Kind switch
    {
        ControlKind.Controlled => string.Format(text.Culture, text.Controlled, Who(period, map, text)),
        ControlKind.Patrolled => string.Format(text.Culture, text.Patrolled, Who(period, map, text)),
        ControlKind.Contested => text.Contested,
        _ => throw new ArgumentOutOfRangeException(nameof(period), period.Kind, "Not a kind of control."),
    };

    // A party in the reader's language; another holder as the source names it.
    private static string Who(PlaceControlView period, RegistryMap map, ControlMapText text) =>
        map.Parties.NameOf(period.Party, text.Culture) ?? period.Holder ?? string.Empty;

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
