namespace Whereabouts.Linkage.Comparisons;

/// <summary>
/// A prepared value and key reduced to hashes, letter set and length (see
/// <see cref="SimilarityBound"/>), held by value so that most comparisons never read the strings.
/// </summary>
internal readonly struct TextCode
{
    public TextCode(string? value, string? key, bool needsText = false)
    {
        IsPresent = value is not null;
        Value = SimilarityBound.Hash(value);
        Key = SimilarityBound.Hash(key);
        Letters = SimilarityBound.Letters(value);
        Length = value?.Length ?? 0;
        NeedsText = needsText;
    }

    /// <summary>False when the record has no value.</summary>
    public bool IsPresent { get; }

    /// <summary>Hash of the value (0 when empty).</summary>
    public ulong Value { get; }

    /// <summary>Hash of the key (0 when there is none).</summary>
    public ulong Key { get; }

    /// <summary>The value's letters (<see cref="SimilarityBound.Letters"/>).</summary>
    public ulong Letters { get; }

    /// <summary>The value's length.</summary>
    public int Length { get; }

    /// <summary>True when the comparison must read the objects (an initial, another reading).</summary>
    public bool NeedsText { get; }

    /// <summary>Whether the two values' Jaro-Winkler similarity can reach <paramref name="threshold"/>.</summary>
    public bool MayReach(in TextCode other, double threshold) =>
        SimilarityBound.MayReach(Letters, Length, other.Letters, other.Length, threshold);
}
