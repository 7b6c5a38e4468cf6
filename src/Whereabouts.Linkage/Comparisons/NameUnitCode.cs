namespace Whereabouts.Linkage.Comparisons;

/// <summary>
/// A <see cref="NameUnit"/> reduced to what most comparisons need, held by value in one array per
/// table so that comparing a pair reads two nearby structs instead of following references to
/// objects and strings scattered in memory: hashes of the transliteration, the two keys and the
/// stem, the set of letters and the length (see <see cref="SimilarityBound"/>), and whether the
/// slower path is needed.
/// </summary>
internal readonly struct NameUnitCode
{
    private const byte PresentFlag = 1;
    private const byte InitialFlag = 2;
    private const byte OtherReadingsFlag = 4;
    private const byte LongStemFlag = 8;

    private readonly byte _flags;

    private NameUnitCode(NameUnit unit)
    {
        Latin = SimilarityBound.Hash(unit.Latin);
        GivenKey = SimilarityBound.Hash(unit.GivenKey);
        FamilyKey = SimilarityBound.Hash(unit.FamilyKey);
        Stem = SimilarityBound.Hash(unit.Stem);
        Letters = SimilarityBound.Letters(unit.Latin);
        Length = unit.Latin.Length;
        _flags = (byte)(PresentFlag
            | (unit.IsInitial ? InitialFlag : 0)
            | (unit.OtherGivenKeys.Length + unit.OtherFamilyKeys.Length + unit.OtherStems.Length > 0 ? OtherReadingsFlag : 0)
            | (unit.Stem.Length >= 3 ? LongStemFlag : 0));
    }

    /// <summary>Hash of <see cref="NameUnit.Latin"/>.</summary>
    public ulong Latin { get; }

    /// <summary>Hash of <see cref="NameUnit.GivenKey"/> (0 when empty).</summary>
    public ulong GivenKey { get; }

    /// <summary>Hash of <see cref="NameUnit.FamilyKey"/> (0 when empty).</summary>
    public ulong FamilyKey { get; }

    /// <summary>Hash of <see cref="NameUnit.Stem"/> (0 when empty).</summary>
    public ulong Stem { get; }

    /// <summary>One bit for each letter a–z in the transliteration, and six shared bits for all other characters.</summary>
    public ulong Letters { get; }

    /// <summary>The transliteration's length.</summary>
    public int Length { get; }

    /// <summary>False for a name part the record does not have.</summary>
    public bool IsPresent => (_flags & PresentFlag) != 0;

    /// <summary>An initial: compared by <see cref="NameUnit.InitialAgrees"/>, on the slow path.</summary>
    public bool IsInitial => (_flags & InitialFlag) != 0;

    /// <summary>Readings in other romanisations: compared on the slow path.</summary>
    public bool HasOtherReadings => (_flags & OtherReadingsFlag) != 0;

    /// <summary>A stem long enough (3 or more) to count a suffix variant.</summary>
    public bool HasLongStem => (_flags & LongStemFlag) != 0;

    public static NameUnitCode Of(NameUnit? unit) => unit is null ? default : new NameUnitCode(unit);

    /// <summary>False when the two transliterations cannot be "similar" (<see cref="SimilarityBound.MayReach"/>).</summary>
    public bool MaySimilar(in NameUnitCode other) =>
        SimilarityBound.MayReach(Letters, Length, other.Letters, other.Length, PersonNameComparison.SimilarThreshold);
}
