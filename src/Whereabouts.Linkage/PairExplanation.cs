namespace Whereabouts.Linkage;

/// <summary>
/// Why a pair got its score: the prior weight every pair starts from, then each field's level and
/// weight. The weights add up to <see cref="Weight"/>, so a reviewer can see which field decided.
/// </summary>
/// <param name="LeftId">The left record's identity.</param>
/// <param name="RightId">The right record's identity.</param>
/// <param name="PriorWeight">The starting weight, log2(λ / (1 − λ)).</param>
/// <param name="Fields">Each field's contribution.</param>
/// <param name="Weight">The total match weight.</param>
/// <param name="Probability">The match probability.</param>
public sealed record PairExplanation(string LeftId, string RightId, double PriorWeight, IReadOnlyList<FieldContribution> Fields, double Weight, double Probability);
