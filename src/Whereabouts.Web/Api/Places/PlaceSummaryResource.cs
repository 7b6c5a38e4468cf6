using Whereabouts.Application.Places;

namespace Whereabouts.Web.Api.Places;

/// <summary>A place in a list.</summary>
internal sealed record PlaceSummaryResource(
    Guid Id,
    string Kind,
    IReadOnlyList<PlaceNameResource> Names,
    double? Latitude,
    double? Longitude,
    PlaceRefResource? Parent)
{
    public static PlaceSummaryResource From(PlaceListItem place)
    {
        ArgumentNullException.ThrowIfNull(place);
        return new(
            place.Id,
            place.Kind.ToString(),
            [.. place.Names.Select(PlaceNameResource.From)],
            place.Coordinates?.Latitude,
            place.Coordinates?.Longitude,
            place.Parent is null ? null : PlaceRefResource.From(place.Parent));
    }
}
