namespace Whereabouts.Linkage.Comparisons;

/// <summary>Identifiers and numbers: equal, one edit, two edits (insert, delete, substitute, swap neighbours), different.</summary>
internal sealed class TypoComparison : FieldComparison
{
    private static readonly string[] LevelNames = ["missing", "exact", "one_edit", "two_edits", "different"];

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

        return Similarity.EditDistanceAtMost(a, b, 2) switch
        {
            1 => 2,
            2 => 3,
            _ => 4,
        };
    }
}
