namespace Whereabouts.Application.Places;

/// <summary>
/// A place as a form or a JSON body gives it, checked by <see cref="PlaceEditor"/>, which names each
/// wrong field as this record names it ("names", "latitude", "parentId").
/// </summary>
/// <param name="Kind">A <see cref="Domain.PlaceKind"/> name ("Village"); blank means Other.</param>
/// <param name="Names">Every name, the one to show first; at least one.</param>
/// <param name="Latitude">Degrees north (-90 to 90), or null when not known; given together with the longitude.</param>
/// <param name="Longitude">Degrees east (-180 to 180), or null when not known.</param>
/// <param name="ParentId">The region or country it lies in, or null.</param>
public sealed record PlaceInput(
    string? Kind,
    IReadOnlyList<PlaceNameInput>? Names,
    double? Latitude = null,
    double? Longitude = null,
    Guid? ParentId = null);
