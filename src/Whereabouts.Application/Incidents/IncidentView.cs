using Whereabouts.Application.Places;
using Whereabouts.Domain;

namespace Whereabouts.Application.Incidents;

/// <summary>An incident's recorded fields as read back after loading or saving.</summary>
/// <param name="Id">The incident.</param>
/// <param name="Name">Its name.</param>
/// <param name="StartedOn">When it began.</param>
/// <param name="EndedOn">When it ended, or null.</param>
/// <param name="Description">What happened, or null.</param>
/// <param name="Places">The places it happened at, in the order recorded.</param>
/// <param name="Parties">The parties involved, in the order recorded.</param>
/// <param name="Version">The saved version; an edit must name it.</param>
public sealed record IncidentView(
    Guid Id,
    string Name,
    PartialDate StartedOn,
    PartialDate? EndedOn,
    string? Description,
    IReadOnlyList<PlaceLink> Places,
    IReadOnlyList<string> Parties,
    int Version)
{
    /// <summary>The view of <paramref name="incident"/>, naming its places from <paramref name="placeNames"/>.</summary>
    public static IncidentView From(Incident incident, IReadOnlyDictionary<Guid, string> placeNames)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(placeNames);
        return new(
            incident.Id,
            incident.Name,
            incident.StartedOn,
            incident.EndedOn,
            incident.Description,
            [.. incident.PlaceIds.Select(p => new PlaceLink(p, placeNames.GetValueOrDefault(p, p.ToString())))],
            [.. incident.Parties],
            incident.Version);
    }
}
