namespace Whereabouts.Linkage;

/// <summary>
/// A compared pair: row indexes into the left and right tables (the same table when deduplicating),
/// the match weight (log2 of the likelihood ratio, prior included) and the match probability.
/// </summary>
public readonly record struct ScoredPair(int Left, int Right, double Weight, double Probability);
