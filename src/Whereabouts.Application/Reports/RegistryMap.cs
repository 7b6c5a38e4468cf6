namespace Whereabouts.Application.Reports;

/// <summary>What the map shows: places with a position, and incidents placed at their places.</summary>
/// <param name="Places">Places with coordinates, by name.</param>
/// <param name="Incidents">Incidents with at least one positioned place, earliest first.</param>
/// <param name="UnplacedIncidents">How many incidents cannot be drawn: none of their places has a position.</param>
public sealed record RegistryMap(IReadOnlyList<MapPlace> Places, IReadOnlyList<MapIncident> Incidents, int UnplacedIncidents);
