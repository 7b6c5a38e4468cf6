namespace Whereabouts.Linkage.Comparisons;

/// <summary>Free text: equal, then Jaro-Winkler bands.</summary>
internal sealed class TextComparison : FieldComparison
{
    private static readonly string[] LevelNames = ["missing", "exact", "jaro_winkler>=0.95", "jaro_winkler>=0.88", "jaro_winkler>=0.70", "different"];

    public override IReadOnlyList<string> Levels => LevelNames;

    protected override int CompareUnequal(PreparedField left, int i, PreparedField right, int j, string a, string b)
    {
        var similarity = Similarity.JaroWinkler(a, b);
        return similarity >= 0.95 ? 2 : similarity >= 0.88 ? 3 : similarity >= 0.70 ? 4 : 5;
    }
}
