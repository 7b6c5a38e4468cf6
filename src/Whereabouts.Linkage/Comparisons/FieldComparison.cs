using Whereabouts.Linkage.Settings;

namespace Whereabouts.Linkage.Comparisons;

/// <summary>
/// Compares the values of one field between two records and returns a comparison level: 0 is
/// always "missing" (no evidence either way), 1 the closest agreement, the last "different".
/// </summary>
internal abstract class FieldComparison
{
    /// <summary>The level names, index 0 being "missing".</summary>
    public abstract IReadOnlyList<string> Levels { get; }

    /// <summary>
    /// The level whose agreement is weighed by term frequency of the value (<see cref="PreparedField.Value"/>),
    /// or -1; and the level weighed by frequency of the key, or -1.
    /// </summary>
    public virtual (int ValueLevel, int KeyLevel) TermFrequencyLevels => (1, -1);

    /// <summary>Fills <paramref name="target"/> from the raw values.</summary>
    public abstract void Prepare(IReadOnlyList<string?> raw, PreparedField target);

    /// <summary>The level for record <paramref name="i"/> of <paramref name="left"/> against <paramref name="j"/> of <paramref name="right"/>.</summary>
    public abstract int Compare(PreparedField left, int i, PreparedField right, int j);

    /// <summary>The comparison for a kind.</summary>
    public static FieldComparison For(ComparisonKind kind) => kind switch
    {
        ComparisonKind.Exact => new ExactComparison(),
        ComparisonKind.Text => new TextComparison(),
        ComparisonKind.Typo => new TypoComparison(),
        ComparisonKind.GivenName => new NameComparison(isFamily: false),
        ComparisonKind.FamilyName => new NameComparison(isFamily: true),
        ComparisonKind.Patronymic => new PatronymicComparison(),
        ComparisonKind.Date => new DateComparison(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown comparison."),
    };

    /// <summary>Trimmed and lower-cased (invariant), or null when empty.</summary>
    protected static string? Normalise(string? raw) =>
        string.IsNullOrWhiteSpace(raw) ? null : raw.Trim().ToLowerInvariant();
}
