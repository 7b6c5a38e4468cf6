using Whereabouts.Domain;

namespace Whereabouts.Application.Incidents;

/// <summary>An incident named on another record's page, enough for a link and its dates.</summary>
/// <param name="Id">The incident.</param>
/// <param name="Name">Its name.</param>
/// <param name="StartedOn">When it began.</param>
/// <param name="EndedOn">When it ended, or null.</param>
public sealed record IncidentLink(Guid Id, string Name, PartialDate StartedOn, PartialDate? EndedOn)
{
    /// <summary>The link to <paramref name="incident"/>.</summary>
    public static IncidentLink From(Incident incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        return new(incident.Id, incident.Name, incident.StartedOn, incident.EndedOn);
    }
}
