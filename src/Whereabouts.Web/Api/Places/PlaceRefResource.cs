using Whereabouts.Application.Places;

namespace Whereabouts.Web.Api.Places;

/// <summary>A place another record points at: its id and shown name.</summary>
internal sealed record PlaceRefResource(Guid Id, string Name)
{
    public static PlaceRefResource From(PlaceLink place)
    {
        ArgumentNullException.ThrowIfNull(place);
        return new(place.Id, place.Name);
    }
}
