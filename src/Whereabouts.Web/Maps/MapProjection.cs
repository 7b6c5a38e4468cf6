namespace Whereabouts.Web.Maps;

/// <summary>
/// An equirectangular projection of a small region onto a picture of a given width: longitudes are
/// shrunk by the cosine of the region's middle latitude, so shapes near 40° N keep their proportions.
/// North is up; (0, 0) is the top left corner.
/// </summary>
internal sealed class MapProjection
{
    /// <summary>Fits <paramref name="region"/> into a picture <paramref name="width"/> wide; the height follows.</summary>
    public MapProjection(GeoBox region, double width)
    {
        ArgumentNullException.ThrowIfNull(region);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        Region = region;
        _shrink = Math.Cos((region.South + region.North) / 2 * Math.PI / 180);
        _scale = width / ((region.East - region.West) * _shrink);
        Width = width;
        Height = (region.North - region.South) * _scale;
    }

    private readonly double _shrink;
    private readonly double _scale;

    /// <summary>The region shown.</summary>
    public GeoBox Region { get; }

    /// <summary>The picture's width.</summary>
    public double Width { get; }

    /// <summary>The picture's height.</summary>
    public double Height { get; }

    /// <summary>Where <paramref name="point"/> falls on the picture (outside it when the point is outside the region).</summary>
    public (double X, double Y) Project(GeoPoint point) =>
        ((point.Longitude - Region.West) * _shrink * _scale, (Region.North - point.Latitude) * _scale);
}
