using Whereabouts.Domain;

namespace Whereabouts.Application.Persons;

/// <summary>An incident a person's fate history names.</summary>
/// <param name="Id">The incident.</param>
/// <param name="Name">Its short name.</param>
/// <param name="StartedOn">When it began.</param>
/// <param name="EndedOn">When it ended, or null.</param>
public sealed record DossierIncident(Guid Id, string Name, PartialDate StartedOn, PartialDate? EndedOn);
