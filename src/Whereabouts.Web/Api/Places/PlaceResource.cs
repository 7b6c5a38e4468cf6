using Whereabouts.Application.Places;

namespace Whereabouts.Web.Api.Places;

/// <summary>A place: every name (the shown one first), where it is, and what it lies in.</summary>
internal sealed record PlaceResource(
    Guid Id,
    string Kind,
    IReadOnlyList<PlaceNameResource> Names,
    double? Latitude,
    double? Longitude,
    PlaceRefResource? Parent,
    int Version)
{
    public static PlaceResource From(PlaceView place)
    {
        ArgumentNullException.ThrowIfNull(place);
        return new(
            place.Id,
            place.Kind.ToString(),
            [.. place.Names.Select(PlaceNameResource.From)],
            place.Coordinates?.Latitude,
            place.Coordinates?.Longitude,
            place.Parent is null ? null : PlaceRefResource.From(place.Parent),
            place.Version);
    }
}
