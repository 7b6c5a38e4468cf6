namespace Whereabouts.Web.Maps;

/// <summary>
/// One feature of a boundary layer (a country): its name and its rings, each a closed line of
/// positions. A polygon's first ring is its outline and the rest are holes; a feature made of
/// several polygons (islands, exclaves) has the rings of all of them.
/// </summary>
internal sealed record Boundary(string Name, IReadOnlyList<IReadOnlyList<GeoPoint>> Rings)
{
    /// <summary>The box around every ring; null for a feature without positions.</summary>
    public GeoBox? Box { get; } = GeoBox.Around(Rings.SelectMany(r => r));
}
