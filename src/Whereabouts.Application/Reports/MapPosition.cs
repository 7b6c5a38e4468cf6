namespace Whereabouts.Application.Reports;

/// <summary>A point on the map.</summary>
/// <param name="Latitude">Degrees north.</param>
/// <param name="Longitude">Degrees east.</param>
public sealed record MapPosition(double Latitude, double Longitude);
