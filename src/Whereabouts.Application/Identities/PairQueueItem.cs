using Whereabouts.Domain;

namespace Whereabouts.Application.Identities;

/// <summary>Two registry records waiting for a reviewer to say whether they are one person.</summary>
public sealed record PairQueueItem(
    Guid PairId,
    Guid FirstPersonId,
    string FirstName,
    int? FirstBirthYear,
    Guid SecondPersonId,
    string SecondName,
    int? SecondBirthYear,
    double? Probability,
    MatchDecision Decision,
    PairOrigin Origin);
