using System.IO.Hashing;
using System.Numerics;
using System.Runtime.InteropServices;

namespace Whereabouts.Linkage.Comparisons;

/// <summary>
/// What can be known about two strings without reading them: equality from 64-bit hashes, and
/// whether their Jaro-Winkler similarity can reach a threshold from their lengths and the sets of
/// letters they contain. Lets a comparison skip the strings (scattered in memory) for most pairs.
/// </summary>
internal static class SimilarityBound
{
    /// <summary>
    /// A 64-bit hash, never 0 for a non-empty string; 0 for an empty one. Equal hashes are taken as
    /// equal strings: a false equality among the 10^8 comparisons of a million-person run has odds
    /// of about 10^-11.
    /// </summary>
    public static ulong Hash(string? text) =>
        string.IsNullOrEmpty(text) ? 0 : XxHash3.HashToUInt64(MemoryMarshal.AsBytes(text.AsSpan())) | 1;

    /// <summary>One bit for each letter a–z, and six shared bits for every other character.</summary>
    public static ulong Letters(string? text)
    {
        var letters = 0UL;
        foreach (var c in text ?? string.Empty)
        {
            letters |= c is >= 'a' and <= 'z' ? 1UL << (c - 'a') : 1UL << (26 + (c % 6));
        }

        return letters;
    }

    /// <summary>
    /// False when the Jaro-Winkler similarity of the two strings cannot reach
    /// <paramref name="threshold"/>. Above 0.7 the prefix adds at most 0.4 × (1 − Jaro), so the
    /// Jaro similarity must reach max(0.7, (threshold − 0.4) / 0.6); it is at most
    /// (m/|a| + m/|b| + 1) / 3 for the m matching characters; and a character whose letter the
    /// other string lacks cannot match.
    /// </summary>
    public static bool MayReach(ulong lettersA, int lengthA, ulong lettersB, int lengthB, double threshold)
    {
        if (lengthA == 0 || lengthB == 0)
        {
            return false;
        }

        var jaro = threshold <= 0.7 ? threshold : Math.Max(0.7, (threshold - 0.4) / 0.6);
        var matchable = Math.Min(
            lengthA - BitOperations.PopCount(lettersA & ~lettersB),
            lengthB - BitOperations.PopCount(lettersB & ~lettersA));

        // A little below the bound, so that rounding never drops a pair the similarity would keep.
        return matchable > 0 && matchable * ((1.0 / lengthA) + (1.0 / lengthB)) >= (3 * jaro) - 1 - 1e-9;
    }
}
