using Whereabouts.Application.Places;
using Whereabouts.Domain;

namespace Whereabouts.Application.Incidents;

/// <summary>An incident as lists show it.</summary>
/// <param name="Id">The incident.</param>
/// <param name="Name">Its name.</param>
/// <param name="StartedOn">When it began.</param>
/// <param name="EndedOn">When it ended, or null.</param>
/// <param name="Places">The places it happened at.</param>
public sealed record IncidentListItem(Guid Id, string Name, PartialDate StartedOn, PartialDate? EndedOn, IReadOnlyList<PlaceLink> Places);
