namespace Whereabouts.Linkage.Comparisons;

/// <summary>Equal or different, after trimming and lower-casing.</summary>
internal sealed class ExactComparison : FieldComparison
{
    private static readonly string[] LevelNames = ["missing", "exact", "different"];

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

        return string.Equals(a, b, StringComparison.Ordinal) ? 1 : 2;
    }
}
