namespace Whereabouts.Linkage.Comparisons;

/// <summary>
/// A patronymic in any of its forms (Samveli, Самвелович, Rəşad oğlu), reduced to the father's
/// given-name key: the same father; an initial that agrees with the father's name in any script
/// ("R." with Рубенович or Ruben); a similar name; different. Read from a patronymic column, or
/// found by its form inside a full-name column.
/// </summary>
internal sealed class PatronymicComparison : FieldComparison
{
    public const int SameFather = 1;
    public const int InitialAgrees = 2;

    /// <summary>The Jaro-Winkler similarity of the fathers' keys from which they are "similar".</summary>
    private const double SimilarThreshold = 0.88;

    private static readonly string[] LevelNames = ["missing", "same_father", "initial_agrees", "jaro_winkler>=0.88", "different"];

    public override IReadOnlyList<string> Levels => LevelNames;

    public override (int ValueLevel, int KeyLevel) TermFrequencyLevels => (-1, SameFather);

    public override bool ReadsNameColumns => true;

    public override void Prepare(IReadOnlyList<string?> raw, PreparedField target)
    {
        ArgumentNullException.ThrowIfNull(raw);
        PrepareNames([.. raw.Select(r => NameUnit.Patronymic(r) is { } unit ? new PersonName { Patronymic = unit } : null)], target);
    }

    public override void PrepareNames(IReadOnlyList<PersonName?> names, PreparedField target)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(target);
        target.Names = [.. names];
        target.Codes = [.. names.Select(name => name?.Patronymic is { } p
            ? new TextCode(p.IsInitial ? p.Raw : p.FatherKey ?? string.Empty, p.FatherKey, needsText: p.IsInitial || p.OtherFatherKeys.Length > 0 || p.FatherKey is null)
            : default)];
        target.WholeKeys = new Blocking.BlockingKeys(names.Count);
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i]?.Patronymic is not { } patronymic)
            {
                continue;
            }

            // An initial has no father's key: it neither blocks nor counts for frequencies.
            target.Value[i] = patronymic.IsInitial ? patronymic.Raw : patronymic.FatherKey;
            target.Key[i] = patronymic.FatherKey;
            if (patronymic.FatherKey is { } father)
            {
                // Blocks in every reading: Noschemwui (German) with Ношемвуович.
                target.WholeKeys.Set(i, [father, .. patronymic.OtherFatherKeys]);
            }
        }
    }

    public override int Compare(PreparedField left, int i, PreparedField right, int j)
    {
        // Most pairs: two fathers' keys, decided by their hashes, and by their similarity only
        // where their letters allow it. Initials and other readings take the objects below.
        ref readonly var codeA = ref left.Codes![i];
        ref readonly var codeB = ref right.Codes![j];
        if (!codeA.IsPresent || !codeB.IsPresent)
        {
            return 0;
        }

        if (!codeA.NeedsText && !codeB.NeedsText)
        {
            return codeA.Key == codeB.Key ? SameFather
                : codeA.MayReach(codeB, SimilarThreshold) && Similarity.JaroWinkler(left.Names![i]!.Patronymic!.FatherKey!, right.Names![j]!.Patronymic!.FatherKey!) >= SimilarThreshold ? 3
                : 4;
        }

        return CompareObjects(left, i, right, j);
    }

    /// <summary>The comparison through the name objects: every case, initials and other readings included.</summary>
    internal static int CompareObjects(PreparedField left, int i, PreparedField right, int j)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        var a = left.Names![i]?.Patronymic;
        var b = right.Names![j]?.Patronymic;
        if (a is null || b is null)
        {
            return 0;
        }

        if (a.IsInitial || b.IsInitial)
        {
            return a.InitialAgrees(b) ? InitialAgrees : 4;
        }

        if (string.Equals(a.FatherKey, b.FatherKey, StringComparison.Ordinal)
            || Array.IndexOf(a.OtherFatherKeys, b.FatherKey) >= 0 || Array.IndexOf(b.OtherFatherKeys, a.FatherKey) >= 0)
        {
            return SameFather;
        }

        return Similarity.JaroWinkler(a.FatherKey!, b.FatherKey!) >= SimilarThreshold ? 3 : 4;
    }

    public override string? Describe(PreparedField left, int i, PreparedField right, int j, int level)
    {
        var a = left.Names?[i]?.Patronymic;
        var b = right.Names?[j]?.Patronymic;
        if (level != InitialAgrees || a is null || b is null)
        {
            return null;
        }

        return a.IsInitial && b.IsInitial
            ? $"patronymic initials {a.Raw} and {b.Raw} agree"
            : a.IsInitial ? $"patronymic initial {a.Raw} agrees with {b.Raw}" : $"patronymic initial {b.Raw} agrees with {a.Raw}";
    }

    // Compare is overridden; this is never reached.
    protected override int CompareUnequal(PreparedField left, int i, PreparedField right, int j, string a, string b) => 4;
}
