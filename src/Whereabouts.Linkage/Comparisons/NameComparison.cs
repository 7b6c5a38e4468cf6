using Whereabouts.Linkage.Names;

namespace Whereabouts.Linkage.Comparisons;

/// <summary>
/// A given or family name in any script: exactly equal once transliterated, equal name keys
/// (the same name in another spelling: Harutyunyan ~ Арутюнян ~ Haroutunian), then
/// Jaro-Winkler bands on the transliteration.
/// </summary>
internal sealed class NameComparison(bool isFamily) : FieldComparison
{
    private static readonly string[] LevelNames = ["missing", "exact", "same_name_key", "jaro_winkler>=0.92", "jaro_winkler>=0.80", "different"];

    public override IReadOnlyList<string> Levels => LevelNames;

    public override (int ValueLevel, int KeyLevel) TermFrequencyLevels => (1, 2);

    public override void Prepare(IReadOnlyList<string?> raw, PreparedField target)
    {
        for (var i = 0; i < raw.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(raw[i]))
            {
                continue;
            }

            var latin = NameTransliterator.ToLatin(raw[i]!);
            if (latin.Length == 0)
            {
                continue;
            }

            target.Value[i] = latin;
            var key = isFamily ? NameKeys.Family(raw[i]!) : NameKeys.Given(raw[i]!);
            target.Key[i] = key.Length == 0 ? latin : key;
        }

        var codes = new TextCode[raw.Count];
        for (var i = 0; i < codes.Length; i++)
        {
            codes[i] = new TextCode(target.Value[i], target.Key[i]);
        }

        target.Codes = codes;
    }

    public override int Compare(PreparedField left, int i, PreparedField right, int j)
    {
        // Hashes and letter sets decide most pairs; the strings are read only for a similarity
        // that can reach the lower band. The levels are those of CompareUnequal.
        ref readonly var a = ref left.Codes![i];
        ref readonly var b = ref right.Codes![j];
        if (!a.IsPresent || !b.IsPresent)
        {
            return 0;
        }

        if (a.Value == b.Value)
        {
            return 1;
        }

        if (a.Key == b.Key)
        {
            return 2;
        }

        return a.MayReach(b, LowerBand) ? Band(Similarity.JaroWinkler(left.Value[i]!, right.Value[j]!)) : 5;
    }

    /// <summary>The comparison through the strings, as <see cref="FieldComparison.Compare"/> does it.</summary>
    internal int CompareStrings(PreparedField left, int i, PreparedField right, int j) => base.Compare(left, i, right, j);

    protected override int CompareUnequal(PreparedField left, int i, PreparedField right, int j, string a, string b)
    {
        if (string.Equals(left.Key[i], right.Key[j], StringComparison.Ordinal))
        {
            return 2;
        }

        return Band(Similarity.JaroWinkler(a, b));
    }

    private const double UpperBand = 0.92;
    private const double LowerBand = 0.80;

    private static int Band(double similarity) => similarity >= UpperBand ? 3 : similarity >= LowerBand ? 4 : 5;
}
