using Whereabouts.Domain;

namespace Whereabouts.Application.Reports;

/// <summary>An incident placed on the map at the middle of its places that have a position.</summary>
/// <param name="Id">The incident.</param>
/// <param name="Name">Its name.</param>
/// <param name="StartedOn">When it began.</param>
/// <param name="Latitude">Degrees north (the mean of its places').</param>
/// <param name="Longitude">Degrees east (the mean of its places').</param>
/// <param name="PlaceIds">The places it is drawn from.</param>
public sealed record MapIncident(Guid Id, string Name, PartialDate StartedOn, double Latitude, double Longitude, IReadOnlyList<Guid> PlaceIds);
