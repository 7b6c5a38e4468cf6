using Whereabouts.Domain;

namespace Whereabouts.Application.Lists;

/// <summary>A match waiting for a reviewer: the list row and the registry person it may be.</summary>
public sealed record ReviewQueueItem(
    Guid MatchId,
    Guid EntryId,
    string SourceTitle,
    int Line,
    string EntryName,
    string? EntryBirthDate,
    Guid PersonId,
    string PersonName,
    int? PersonBirthYear,
    double Probability,
    MatchDecision Decision);
