using Whereabouts.Application.Control;
using Whereabouts.Application.Parties;

namespace Whereabouts.Application.Reports;

/// <summary>What the map shows: places with a position, and incidents placed at their places.</summary>
/// <param name="Places">Places with coordinates, by name.</param>
/// <param name="Incidents">Incidents with at least one positioned place, earliest first.</param>
/// <param name="UnplacedIncidents">How many incidents cannot be drawn: none of their places has a position.</param>
public sealed record RegistryMap(IReadOnlyList<MapPlace> Places, IReadOnlyList<MapIncident> Incidents, int UnplacedIncidents)
{
    /// <summary>The day whose control the map shows, or null for the map without control.</summary>
    public DateOnly? Day { get; init; }

    /// <summary>Who held each place on <see cref="Day"/> (places with a standing period that may include it), by name; empty without a day.</summary>
    public IReadOnlyList<PlaceControlAt> Control { get; init; } = [];

    /// <summary>The registry's parties in slug order: a party's colour is given by its place in this order.</summary>
    public PartyList Parties { get; init; } = PartyList.Empty;
}
