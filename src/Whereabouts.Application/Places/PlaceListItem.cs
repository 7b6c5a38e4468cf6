using Whereabouts.Domain;

namespace Whereabouts.Application.Places;

/// <summary>A place as lists show it.</summary>
/// <param name="Id">The place.</param>
/// <param name="Kind">What kind of place it is.</param>
/// <param name="Names">Every name, the shown one first.</param>
/// <param name="Coordinates">Where it is, or null.</param>
/// <param name="Parent">What it lies in, or null.</param>
public sealed record PlaceListItem(Guid Id, PlaceKind Kind, IReadOnlyList<PlaceName> Names, Coordinates? Coordinates, PlaceLink? Parent)
{
    /// <summary>The shown name.</summary>
    public PlaceName PrimaryName => Names[0];
}
