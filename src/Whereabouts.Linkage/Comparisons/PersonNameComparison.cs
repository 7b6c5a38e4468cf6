using System.Globalization;
using Whereabouts.Linkage.Blocking;
using Whereabouts.Linkage.Names;

namespace Whereabouts.Linkage.Comparisons;

/// <summary>
/// The given and family names of two records compared as a bag, whichever columns they were in:
/// in place, swapped (Splink's "columns reversed"), with the family name differing only by its
/// suffix, with the given name as an initial, or with one of the two agreeing. A full-name column
/// is split into the same parts (see <see cref="PersonNameReader"/>), so "Арутюнян Арман
/// Гарикович" in one column meets Arman / Harutyunyan in two. The levels run from the strongest
/// agreement to "different"; their m and u are learned like every other field's.
/// </summary>
internal sealed class PersonNameComparison : FieldComparison
{
    public const int Exact = 1;
    public const int SameKey = 2;
    public const int Swapped = 3;
    public const int SuffixVariant = 4;
    public const int GivenInitial = 5;
    public const int Similar = 6;
    public const int FamilyAgreesGivenMissing = 7;
    public const int FamilyAgreesGivenDiffers = 8;
    public const int GivenAgreesFamilyDiffers = 9;
    public const int Different = 10;

    /// <summary>The Jaro-Winkler similarity from which two names that agree by no key are "similar".</summary>
    public const double SimilarThreshold = 0.88;

    private static readonly string[] LevelNames =
    [
        "missing", "exact", "same_name_key", "names_swapped", "family_suffix_variant", "given_initial",
        "similar", "family_agrees_given_missing", "family_agrees_given_differs", "given_agrees_family_differs", "different",
    ];

    public override IReadOnlyList<string> Levels => LevelNames;

    // Frequencies are those of the family and given names themselves (see NameFrequencies).
    public override (int ValueLevel, int KeyLevel) TermFrequencyLevels => (-1, -1);

    public override bool ReadsNameColumns => true;

    /// <summary>One column alone is read as a full name.</summary>
    public override void Prepare(IReadOnlyList<string?> raw, PreparedField target)
    {
        ArgumentNullException.ThrowIfNull(raw);
        PrepareNames(PersonNameReader.ReadTable([.. raw.Select(r => new NameColumnValues(null, null, null, r))]), target);
    }

    public override void PrepareNames(IReadOnlyList<PersonName?> names, PreparedField target)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(target);
        target.Names = [.. names];
        target.NameCodes = [.. names.Select(PersonNameCode.Of)];
        target.WholeKeys = new BlockingKeys(names.Count);
        target.FamilyKeys = new BlockingKeys(names.Count);
        target.GivenKeys = new BlockingKeys(names.Count);
        target.InitialKeys = new BlockingKeys(names.Count);
        var conventions = ForeignSpellings.Default.Count;
        var whole = new List<string>(4);
        var family = new List<string>(4);
        var given = new List<string>(4);
        var initials = new List<string>(4);

        // A few hundred distinct pairs of initials: one string each, not one per record.
        var initialStrings = new Dictionary<int, string>();
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i];
            if (name is null || !name.HasName)
            {
                continue;
            }

            whole.Clear();
            family.Clear();
            given.Clear();
            initials.Clear();

            // The name's own reading first, then its reading in each foreign convention that applies.
            var foreign = name.Given?.StemByConvention is not null || name.Given?.GivenKeyByConvention is not null || name.Family?.StemByConvention is not null;
            for (var c = -1; c < (foreign ? conventions : 0); c++)
            {
                if (c >= 0 && name.Given?.StemByConvention?[c] is null && name.Given?.GivenKeyByConvention?[c] is null && name.Family?.StemByConvention?[c] is null)
                {
                    continue;
                }

                var givenStem = StemIn(name.Given, c);
                var familyStem = StemIn(name.Family, c);

                // Sorted, so that swapped columns and full names block with separate columns.
                var wholeKey = givenStem.Length == 0 ? familyStem
                    : familyStem.Length == 0 ? givenStem
                    : string.CompareOrdinal(givenStem, familyStem) <= 0 ? string.Concat(givenStem, " ", familyStem) : string.Concat(familyStem, " ", givenStem);
                if (wholeKey.Length > 0)
                {
                    whole.Add(wholeKey);
                }

                var first = InitialIn(name.Given, givenStem);
                var second = InitialIn(name.Family, familyStem);
                if (first > second)
                {
                    (first, second) = (second, first);
                }

                var code = (first << 16) | second;
                if (code != 0)
                {
                    if (!initialStrings.TryGetValue(code, out var text))
                    {
                        text = first == '\0' ? new string(second, 1) : string.Concat(new string(first, 1), new string(second, 1));
                        initialStrings[code] = text;
                    }

                    initials.Add(text);
                }

                if (familyStem.Length > 0 && name.Family is { IsInitial: false })
                {
                    family.Add(familyStem);
                }

                if (name.Given is { IsInitial: false } g && (c < 0 ? g.GivenKey : g.GivenKeyByConvention?[c] ?? g.GivenKey) is { Length: > 0 } givenKey)
                {
                    given.Add(givenKey);
                }
            }

            // The value is only shown (DisplayValue) and never compared: no string per record here.
            target.Value[i] = null;
            target.Key[i] = whole.Count == 0 ? null : whole[0];
            target.WholeKeys.Set(i, whole);
            target.FamilyKeys.Set(i, family);
            target.GivenKeys.Set(i, given);
            target.InitialKeys.Set(i, initials);
        }
    }

    public override string? DisplayValue(PreparedField field, int i)
    {
        ArgumentNullException.ThrowIfNull(field);
        var name = field.Names?[i];
        return name is null || !name.HasName ? null
            : name.Given is null ? name.Family!.Latin
            : name.Family is null ? name.Given.Latin
            : name.Given.Latin + " / " + name.Family.Latin;
    }

    private static string StemIn(NameUnit? unit, int convention) =>
        unit is null || unit.IsInitial ? string.Empty
        : convention < 0 ? unit.Stem
        : unit.StemByConvention?[convention] ?? unit.Stem;

    private static char InitialIn(NameUnit? unit, string stem) =>
        unit is null ? '\0'
        : unit.IsInitial || stem.Length == 0 ? (unit.Initials.Length > 0 ? unit.Initials[0] : '\0')
        : stem[0];

    public override int Compare(PreparedField left, int i, PreparedField right, int j)
    {
        ref readonly var codeA = ref left.NameCodes![i];
        ref readonly var codeB = ref right.NameCodes![j];
        if (!codeA.HasName || !codeB.HasName)
        {
            return 0;
        }

        // Most pairs: hashes and letter sets held by value decide, and a string is read only for
        // the similarity of two names that may be similar. Initials and foreign readings take
        // the objects. Both paths decide by the same rules (Decide), so they give the same level.
        if (!codeA.NeedsSlowPath && !codeB.NeedsSlowPath)
        {
            var coded = new CodedParts(codeA, codeB, left.Names![i]!, right.Names![j]!);
            return Decide(ref coded);
        }

        var objects = new ObjectParts(left.Names![i]!, right.Names![j]!);
        return Decide(ref objects);
    }

    /// <summary>The level of a pair from how its name parts agree, whichever way they are read.</summary>
    internal static int Decide<TParts>(ref TParts parts)
        where TParts : struct, INameParts
    {
        // Keys first, string similarity only where it can change the level: a similar name counts
        // only when the other name is present and agrees or is similar too, so the family name's
        // similarity is not computed when the given names are already different (most candidate
        // pairs). The levels are those of comparing both with similarity.
        var given = parts.Agree(PartPair.Given, similarity: false);
        var family = parts.Agree(PartPair.Family, similarity: false);
        if (given == NameAgreement.Different && family != NameAgreement.Missing)
        {
            given = parts.SimilarOrDifferent(PartPair.Given);
        }

        if (family == NameAgreement.Different && given is not (NameAgreement.Missing or NameAgreement.Different))
        {
            family = parts.SimilarOrDifferent(PartPair.Family);
        }

        if (given == NameAgreement.Exact && family == NameAgreement.Exact)
        {
            return Exact;
        }

        if (given is NameAgreement.Exact or NameAgreement.Key && family is NameAgreement.Exact or NameAgreement.Key)
        {
            return SameKey;
        }

        var crossed = NameAgreement.Missing;
        if (parts.AllFourPresent && given != NameAgreement.Exact && family != NameAgreement.Exact)
        {
            // Keys first: string similarity across columns only when one of the two swapped names
            // agrees by key, so pairs that agree on nothing (most random pairs) cost no more than before.
            var one = parts.Agree(PartPair.GivenWithFamily, similarity: false);
            var other = parts.Agree(PartPair.FamilyWithGiven, similarity: false);
            if (one is NameAgreement.Exact or NameAgreement.Key && other is NameAgreement.Exact or NameAgreement.Key)
            {
                return Swapped;
            }

            if (one is NameAgreement.Exact or NameAgreement.Key)
            {
                other = parts.Agree(PartPair.FamilyWithGiven, similarity: true);
            }
            else if (other is NameAgreement.Exact or NameAgreement.Key)
            {
                one = parts.Agree(PartPair.GivenWithFamily, similarity: true);
            }

            crossed = (NameAgreement)Math.Max((int)one, (int)other);
        }

        var familyAgrees = family is NameAgreement.Exact or NameAgreement.Key or NameAgreement.Suffix;
        var givenAgrees = given is NameAgreement.Exact or NameAgreement.Key or NameAgreement.Initial;
        if (family == NameAgreement.Suffix && given is NameAgreement.Exact or NameAgreement.Key)
        {
            return SuffixVariant;
        }

        if (given == NameAgreement.Initial && family is NameAgreement.Exact or NameAgreement.Key)
        {
            return GivenInitial;
        }

        if (given is not (NameAgreement.Missing or NameAgreement.Different) && family is not (NameAgreement.Missing or NameAgreement.Different))
        {
            return Similar;
        }

        if (crossed is not (NameAgreement.Missing or NameAgreement.Different) && crossed <= NameAgreement.Similar)
        {
            return Similar;
        }

        if (familyAgrees)
        {
            return given == NameAgreement.Missing ? FamilyAgreesGivenMissing : FamilyAgreesGivenDiffers;
        }

        if (givenAgrees)
        {
            return GivenAgreesFamilyDiffers;
        }

        return family == NameAgreement.Missing && given == NameAgreement.Missing ? 0 : Different;
    }

    /// <summary>
    /// How two name parts agree; <paramref name="asFamily"/> compares family keys and stems, and
    /// without <paramref name="similarity"/> a pair that agrees by no key is "different" without
    /// computing string similarity.
    /// </summary>
    public static NameAgreement Agree(NameUnit? a, NameUnit? b, bool asFamily, bool similarity = true)
    {
        if (a is null || b is null)
        {
            return NameAgreement.Missing;
        }

        if (a.IsInitial || b.IsInitial)
        {
            return a.InitialAgrees(b) ? NameAgreement.Initial : NameAgreement.Different;
        }

        if (string.Equals(a.Latin, b.Latin, StringComparison.Ordinal))
        {
            return NameAgreement.Exact;
        }

        var keyA = asFamily ? a.FamilyKey : a.GivenKey;
        var keyB = asFamily ? b.FamilyKey : b.GivenKey;
        if (keyA.Length > 0 && string.Equals(keyA, keyB, StringComparison.Ordinal))
        {
            return NameAgreement.Key;
        }

        if (OtherReadingAgrees(asFamily ? a.OtherFamilyKeys : a.OtherGivenKeys, keyB) || OtherReadingAgrees(asFamily ? b.OtherFamilyKeys : b.OtherGivenKeys, keyA))
        {
            return NameAgreement.Key;
        }

        if (asFamily && a.Stem.Length >= 3
            && (string.Equals(a.Stem, b.Stem, StringComparison.Ordinal) || OtherReadingAgrees(a.OtherStems, b.Stem) || OtherReadingAgrees(b.OtherStems, a.Stem)))
        {
            return NameAgreement.Suffix;
        }

        return similarity && Comparisons.Similarity.JaroWinkler(a.Latin, b.Latin) >= SimilarThreshold ? NameAgreement.Similar : NameAgreement.Different;
    }

    /// <summary>The agreement of two names that agree by no key: similar when their transliterations are close, else different.</summary>
    internal static NameAgreement SimilarOrDifferent(NameUnit a, NameUnit b) =>
        !a.IsInitial && !b.IsInitial && Comparisons.Similarity.JaroWinkler(a.Latin, b.Latin) >= SimilarThreshold ? NameAgreement.Similar : NameAgreement.Different;

    public override string? Describe(PreparedField left, int i, PreparedField right, int j, int level)
    {
        var a = left.Names?[i];
        var b = right.Names?[j];
        if (a is null || b is null)
        {
            return null;
        }

        string? detail = level switch
        {
            Swapped => $"family and given names swapped ({Written(a)} / {Written(b)})",
            SuffixVariant => $"family names differ only by suffix ({a.Family!.Raw} / {b.Family!.Raw})",
            GivenInitial => a.Given!.IsInitial
                ? $"given name initial {a.Given.Raw} agrees with {b.Given!.Raw}"
                : $"given name initial {b.Given!.Raw} agrees with {a.Given.Raw}",
            _ => null,
        };
        var full = a.FullName ?? b.FullName;
        if (full is not null && level is >= Exact and <= Similar)
        {
            var read = a.FullName is not null ? a : b;
            var parts = string.Create(CultureInfo.InvariantCulture, $"full name \"{full}\" read as family {read.Family?.Raw ?? "-"}, given {read.Given?.Raw ?? "-"}");
            detail = detail is null ? parts : detail + "; " + parts;
        }

        return detail;
    }

    // Compare is overridden; this is never reached.
    protected override int CompareUnequal(PreparedField left, int i, PreparedField right, int j, string a, string b) => Different;

    /// <summary>The term-frequency adjustment (log2) of this level for the left record's names, or null.</summary>
    public static double? Adjustment(int level, PersonName? left, NameFrequencies frequencies)
    {
        ArgumentNullException.ThrowIfNull(frequencies);
        if (left is null)
        {
            return null;
        }

        var adjustment = Adjustment(level, frequencies.FamilyTerm(left.Family) ?? double.NaN, frequencies.GivenTerm(left.Given) ?? double.NaN);
        return double.IsNaN(adjustment) ? null : adjustment;
    }

    /// <summary>
    /// The adjustment of this level from the left record's family and given terms (NaN where a
    /// name is not counted): both where both names agree, the family's where only it does, the
    /// given name's where only it does; NaN when there is none.
    /// </summary>
    public static double Adjustment(int level, double familyTerm, double givenTerm) => level switch
    {
        Exact or SameKey or Swapped => double.IsNaN(familyTerm) ? givenTerm : double.IsNaN(givenTerm) ? familyTerm : familyTerm + givenTerm,
        SuffixVariant or GivenInitial or Similar or FamilyAgreesGivenMissing or FamilyAgreesGivenDiffers => familyTerm,
        GivenAgreesFamilyDiffers => givenTerm,
        _ => double.NaN,
    };

    private static bool OtherReadingAgrees(string[] otherKeys, string key)
    {
        foreach (var other in otherKeys)
        {
            if (other.Length > 0 && string.Equals(other, key, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string Written(PersonName name) =>
        name.FullName ?? string.Join(' ', new[] { name.Family?.Raw, name.Given?.Raw }.Where(x => x is not null));
}
