using Whereabouts.Application.Incidents;
using Whereabouts.Web.Api.Places;

namespace Whereabouts.Web.Api.Incidents;

/// <summary>An incident: name, dates in their text form ("2020-12-11", "~2020-12-13"), what happened, where and who was involved.</summary>
internal sealed record IncidentDetailResource(
    Guid Id,
    string Name,
    string StartedOn,
    string? EndedOn,
    string? Description,
    IReadOnlyList<PlaceRefResource> Places,
    IReadOnlyList<string> Parties,
    int Version)
{
    public static IncidentDetailResource From(IncidentView incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        return new(
            incident.Id,
            incident.Name,
            incident.StartedOn.ToString(),
            incident.EndedOn?.ToString(),
            incident.Description,
            [.. incident.Places.Select(PlaceRefResource.From)],
            incident.Parties,
            incident.Version);
    }
}
