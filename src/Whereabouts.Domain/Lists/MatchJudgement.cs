namespace Whereabouts.Domain;

/// <summary>
/// One judgement on a proposed match, kept for ever: a decision (<see cref="IsUndo"/> false) or
/// the undoing of the judgement before it. The match's decision is what the judgements leave.
/// </summary>
/// <param name="Decision">The decision made; for an undo, the decision it went back to.</param>
/// <param name="IsUndo">Whether this judgement undid the previous one.</param>
/// <param name="Actor">Who judged: an account, or the linkage engine on behalf of whoever imported.</param>
/// <param name="At">When (UTC).</param>
/// <param name="Note">Why, in the judge's words or the engine's figures.</param>
/// <param name="AssertionId">The fate assertion recorded because of this judgement, if any; an undo retracts it.</param>
public sealed record MatchJudgement(MatchDecision Decision, bool IsUndo, string Actor, DateTimeOffset At, string? Note, Guid? AssertionId);
