namespace Whereabouts.Web.Maps;

/// <summary>A longitude–latitude rectangle (not crossing the antimeridian).</summary>
internal sealed record GeoBox(double West, double South, double East, double North)
{
    /// <summary>The smallest box holding every point; null for none.</summary>
    public static GeoBox? Around(IEnumerable<GeoPoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        GeoBox? box = null;
        foreach (var p in points)
        {
            box = box is null
                ? new GeoBox(p.Longitude, p.Latitude, p.Longitude, p.Latitude)
                : new GeoBox(Math.Min(box.West, p.Longitude), Math.Min(box.South, p.Latitude), Math.Max(box.East, p.Longitude), Math.Max(box.North, p.Latitude));
        }

        return box;
    }

    /// <summary>True when the two boxes share any point.</summary>
    public bool Intersects(GeoBox other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return West <= other.East && other.West <= East && South <= other.North && other.South <= North;
    }

    /// <summary>This box grown by a share of its size on every side, and to at least the given size.</summary>
    public GeoBox Padded(double share, double minimumWidth, double minimumHeight)
    {
        var width = Math.Max((East - West) * (1 + (2 * share)), minimumWidth);
        var height = Math.Max((North - South) * (1 + (2 * share)), minimumHeight);
        var (x, y) = ((West + East) / 2, (South + North) / 2);
        return new GeoBox(x - (width / 2), Math.Max(-90, y - (height / 2)), x + (width / 2), Math.Min(90, y + (height / 2)));
    }
}
