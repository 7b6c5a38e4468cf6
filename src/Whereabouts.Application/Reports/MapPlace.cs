using Whereabouts.Domain;

namespace Whereabouts.Application.Reports;

/// <summary>A place with a known position, as the map draws it.</summary>
/// <param name="Id">The place.</param>
/// <param name="Name">The name shown.</param>
/// <param name="Kind">Country, region, town or village.</param>
/// <param name="Latitude">Degrees north.</param>
/// <param name="Longitude">Degrees east.</param>
public sealed record MapPlace(Guid Id, string Name, PlaceKind Kind, double Latitude, double Longitude);
