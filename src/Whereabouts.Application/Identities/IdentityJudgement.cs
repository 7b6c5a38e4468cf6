using Whereabouts.Domain;

namespace Whereabouts.Application.Identities;

/// <summary>One judgement on a pair of records that includes a record of the identity.</summary>
/// <param name="PairId">The pair.</param>
/// <param name="RecordId">The record of this identity in the pair.</param>
/// <param name="OtherId">The other record.</param>
/// <param name="OtherName">The other record's name.</param>
/// <param name="Id">The judgement (an undo names it).</param>
/// <param name="Decision">The decision made; for an undo, the one it went back to.</param>
/// <param name="IsUndo">Whether it undid the judgement before it.</param>
/// <param name="Actor">Who judged.</param>
/// <param name="At">When (UTC).</param>
/// <param name="Note">Why, or null.</param>
/// <param name="Confirmed">Whether the judge confirmed joining records that differ in side or service number.</param>
/// <param name="IsStanding">Whether the pair's decision rests on it now (only a standing judgement can be undone).</param>
public sealed record IdentityJudgement(
    Guid PairId,
    Guid RecordId,
    Guid OtherId,
    string OtherName,
    Guid Id,
    MatchDecision Decision,
    bool IsUndo,
    string Actor,
    DateTimeOffset At,
    string? Note,
    bool Confirmed,
    bool IsStanding);
