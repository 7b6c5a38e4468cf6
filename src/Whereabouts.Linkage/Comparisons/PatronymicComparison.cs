using Whereabouts.Linkage.Names;

namespace Whereabouts.Linkage.Comparisons;

/// <summary>
/// A patronymic in any of its forms (Samveli, Самвелович, Rəşad oğlu), reduced to the father's
/// given-name key: the same father, a similar name, different.
/// </summary>
internal sealed class PatronymicComparison : FieldComparison
{
    private static readonly string[] LevelNames = ["missing", "same_father", "jaro_winkler>=0.88", "different"];

    public override IReadOnlyList<string> Levels => LevelNames;

    public override (int ValueLevel, int KeyLevel) TermFrequencyLevels => (-1, 1);

    public override void Prepare(IReadOnlyList<string?> raw, PreparedField target)
    {
        for (var i = 0; i < raw.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(raw[i]))
            {
                continue;
            }

            var father = NameKeys.Father(raw[i]!);
            var latin = NameTransliterator.ToLatin(raw[i]!);
            var key = string.IsNullOrEmpty(father) ? latin : father;
            if (key.Length == 0)
            {
                continue;
            }

            target.Key[i] = key;
            target.Value[i] = key;
        }
    }

    // Value and key are both the father's name key (see Prepare).
    protected override int CompareUnequal(PreparedField left, int i, PreparedField right, int j, string a, string b) =>
        Similarity.JaroWinkler(a, b) >= 0.88 ? 2 : 3;
}
