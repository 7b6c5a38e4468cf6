using Whereabouts.Domain;

namespace Whereabouts.Application.Lists;

/// <summary>Another person the same list row may be.</summary>
public sealed record ReviewCandidate(Guid MatchId, Guid PersonId, string PersonName, double Probability, MatchDecision Decision);
