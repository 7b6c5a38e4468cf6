using Whereabouts.Application.Incidents;
using Whereabouts.Application.Sources;

namespace Whereabouts.Application.Places;

/// <summary>Everything the registry holds about one place.</summary>
/// <param name="Place">The place's fields.</param>
/// <param name="Children">The places that lie in it, by name.</param>
/// <param name="Incidents">The incidents recorded at it, by date.</param>
/// <param name="Claims">The count claims that count over it.</param>
public sealed record PlaceDossier(
    PlaceView Place,
    IReadOnlyList<PlaceLink> Children,
    IReadOnlyList<IncidentLink> Incidents,
    IReadOnlyList<ClaimView> Claims);
