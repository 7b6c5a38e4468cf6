using Whereabouts.Application.Persons;

namespace Whereabouts.Web.Api.Persons;

/// <summary>An incident a person's fate history names.</summary>
internal sealed record IncidentResource(Guid Id, string Name, string StartedOn, string? EndedOn)
{
    public static IncidentResource From(DossierIncident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        return new(incident.Id, incident.Name, incident.StartedOn.ToString(), incident.EndedOn?.ToString());
    }
}
