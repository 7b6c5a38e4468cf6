namespace Whereabouts.Linkage.Comparisons;

/// <summary>Identifiers and numbers: equal, one edit, two edits (insert, delete, substitute, swap neighbours), different.</summary>
internal sealed class TypoComparison : FieldComparison
{
    private static readonly string[] LevelNames = ["missing", "exact", "one_edit", "two_edits", "different"];

    public override IReadOnlyList<string> Levels => LevelNames;

    protected override int CompareUnequal(PreparedField left, int i, PreparedField right, int j, string a, string b) =>
        Similarity.EditDistanceAtMost(a, b, 2) switch
        {
            1 => 2,
            2 => 3,
            _ => 4,
        };
}
