namespace Whereabouts.Application.Identities;

/// <summary>The outcome of a judgement on two registry records.</summary>
/// <param name="PairId">The pair of records.</param>
/// <param name="JudgementId">The judgement recorded (an undo names it).</param>
/// <param name="Decision">Where the pair stands now.</param>
/// <param name="IdentityId">The identity the judged record belongs to afterwards.</param>
/// <param name="PairVersion">The pair's version after the judgement.</param>
public sealed record PairJudged(Guid PairId, Guid JudgementId, Domain.MatchDecision Decision, Guid IdentityId, int PairVersion);
