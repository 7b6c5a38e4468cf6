namespace Whereabouts.Linkage.Comparisons;

/// <summary>Free text: equal, then Jaro-Winkler bands.</summary>
internal sealed class TextComparison : FieldComparison
{
    private static readonly string[] LevelNames = ["missing", "exact", "jaro_winkler>=0.95", "jaro_winkler>=0.88", "jaro_winkler>=0.70", "different"];

    public override IReadOnlyList<string> Levels => LevelNames;

    public override void Prepare(IReadOnlyList<string?> raw, PreparedField target)
    {
        for (var i = 0; i < raw.Count; i++)
        {
            target.Value[i] = target.Key[i] = Normalise(raw[i]);
        }
    }

    public override int Compare(PreparedField left, int i, PreparedField right, int j)
    {
        var a = left.Value[i];
        var b = right.Value[j];
        if (a is null || b is null)
        {
            return 0;
        }

        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return 1;
        }

        var similarity = Similarity.JaroWinkler(a, b);
        return similarity >= 0.95 ? 2 : similarity >= 0.88 ? 3 : similarity >= 0.70 ? 4 : 5;
    }
}
