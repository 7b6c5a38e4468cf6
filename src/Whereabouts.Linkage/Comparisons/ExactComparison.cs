namespace Whereabouts.Linkage.Comparisons;

/// <summary>Equal or different, after trimming and lower-casing.</summary>
internal sealed class ExactComparison : FieldComparison
{
    private static readonly string[] LevelNames = ["missing", "exact", "different"];

    public override IReadOnlyList<string> Levels => LevelNames;

    protected override int CompareUnequal(PreparedField left, int i, PreparedField right, int j, string a, string b) => 2;
}
