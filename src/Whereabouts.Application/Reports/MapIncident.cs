using Whereabouts.Domain;

namespace Whereabouts.Application.Reports;

/// <summary>An incident on the map, drawn at its own place or places (see <see cref="IncidentPlacement"/>).</summary>
/// <param name="Id">The incident.</param>
/// <param name="Name">Its name.</param>
/// <param name="StartedOn">When it began.</param>
/// <param name="Marks">Where it is drawn: one mark, or one at each of its places when they lie apart.</param>
/// <param name="PlaceIds">The places it is drawn from.</param>
public sealed record MapIncident(Guid Id, string Name, PartialDate StartedOn, IReadOnlyList<MapPosition> Marks, IReadOnlyList<Guid> PlaceIds);
