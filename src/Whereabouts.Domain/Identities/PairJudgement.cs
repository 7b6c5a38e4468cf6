namespace Whereabouts.Domain;

/// <summary>
/// One judgement on a pair of registry records, kept for ever: a decision (<see cref="IsUndo"/>
/// false) or the undoing of the standing judgement. The pair's decision is what the judgements leave.
/// </summary>
/// <param name="Id">The judgement's identity, which an undo names.</param>
/// <param name="Decision">The decision made; for an undo, the decision it went back to.</param>
/// <param name="IsUndo">Whether this judgement undid the standing one.</param>
/// <param name="Actor">Who judged.</param>
/// <param name="At">When (UTC).</param>
/// <param name="Note">Why, in the judge's words.</param>
/// <param name="Confirmed">Whether the judge confirmed joining records that differ in side or
/// service number (see <see cref="PersonPair.Judge"/>).</param>
public sealed record PairJudgement(Guid Id, MatchDecision Decision, bool IsUndo, string Actor, DateTimeOffset At, string? Note, bool Confirmed);
