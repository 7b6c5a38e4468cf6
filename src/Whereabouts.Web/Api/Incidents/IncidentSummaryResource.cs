using Whereabouts.Application.Incidents;
using Whereabouts.Web.Api.Places;

namespace Whereabouts.Web.Api.Incidents;

/// <summary>An incident in a list.</summary>
internal sealed record IncidentSummaryResource(Guid Id, string Name, string StartedOn, string? EndedOn, IReadOnlyList<PlaceRefResource> Places)
{
    public static IncidentSummaryResource From(IncidentListItem incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        return new(incident.Id, incident.Name, incident.StartedOn.ToString(), incident.EndedOn?.ToString(), [.. incident.Places.Select(PlaceRefResource.From)]);
    }
}
