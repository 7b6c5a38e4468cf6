using Whereabouts.Application.Sources;

namespace Whereabouts.Application.Incidents;

/// <summary>Everything the registry holds about one incident.</summary>
/// <param name="Incident">The incident's fields.</param>
/// <param name="Claims">The count claims that count over it.</param>
/// <param name="PeopleCount">How many people have a fate assertion about it.</param>
public sealed record IncidentDossier(IncidentView Incident, IReadOnlyList<ClaimView> Claims, int PeopleCount);
