using Whereabouts.Domain;

namespace Whereabouts.Application.Places;

/// <summary>A place's recorded fields as read back after loading or saving.</summary>
/// <param name="Id">The place.</param>
/// <param name="Kind">What kind of place it is.</param>
/// <param name="Names">Every name in every script, the shown one first.</param>
/// <param name="Coordinates">Where it is, or null.</param>
/// <param name="Parent">The region or country it lies in, or null.</param>
/// <param name="Version">The saved version; an edit must name it.</param>
public sealed record PlaceView(Guid Id, PlaceKind Kind, IReadOnlyList<PlaceName> Names, Coordinates? Coordinates, PlaceLink? Parent, int Version)
{
    /// <summary>The shown name.</summary>
    public PlaceName PrimaryName => Names[0];

    /// <summary>The view of a place whose parent is <paramref name="parent"/>.</summary>
    public static PlaceView From(Place place, Place? parent)
    {
        ArgumentNullException.ThrowIfNull(place);
        return new(
            place.Id,
            place.Kind,
            [.. place.Names],
            place.Coordinates,
            parent is null ? null : new PlaceLink(parent.Id, parent.PrimaryName.Text),
            place.Version);
    }
}
