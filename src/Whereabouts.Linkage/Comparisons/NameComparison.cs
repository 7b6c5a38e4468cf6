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
    }

    protected override int CompareUnequal(PreparedField left, int i, PreparedField right, int j, string a, string b)
    {
        if (string.Equals(left.Key[i], right.Key[j], StringComparison.Ordinal))
        {
            return 2;
        }

        var similarity = Similarity.JaroWinkler(a, b);
        return similarity >= 0.92 ? 3 : similarity >= 0.80 ? 4 : 5;
    }
}
