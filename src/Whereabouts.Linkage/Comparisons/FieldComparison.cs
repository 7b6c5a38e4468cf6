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

    /// <summary>Fills <paramref name="target"/> from the raw values; by default trimmed and lower-cased, value and key alike.</summary>
    public virtual void Prepare(IReadOnlyList<string?> raw, PreparedField target)
    {
        ArgumentNullException.ThrowIfNull(raw);
        ArgumentNullException.ThrowIfNull(target);
        for (var i = 0; i < raw.Count; i++)
        {
            target.Value[i] = target.Key[i] = Normalise(raw[i]);
        }
    }

    /// <summary>
    /// The level for record <paramref name="i"/> of <paramref name="left"/> against <paramref name="j"/>
    /// of <paramref name="right"/>: 0 when either value is missing, 1 when they are equal, otherwise
    /// what <see cref="CompareUnequal"/> says.
    /// </summary>
    public virtual int Compare(PreparedField left, int i, PreparedField right, int j)
    {
        var a = left.Value[i];
        var b = right.Value[j];
        if (a is null || b is null)
        {
            return 0;
        }

        return string.Equals(a, b, StringComparison.Ordinal) ? 1 : CompareUnequal(left, i, right, j, a, b);
    }

    /// <summary>
    /// Whether the comparison reads a person's name columns (given, family, patronymic, full name)
    /// through <see cref="PrepareNames"/> when the field names them.
    /// </summary>
    public virtual bool ReadsNameColumns => false;

    /// <summary>Fills <paramref name="target"/> from the names read from a table's name columns.</summary>
    public virtual void PrepareNames(IReadOnlyList<PersonName?> names, PreparedField target) =>
        throw new InvalidOperationException($"{GetType().Name} does not read name columns.");

    /// <summary>The value as compared, for explanations: by default the prepared value.</summary>
    public virtual string? DisplayValue(PreparedField field, int i)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.Value[i];
    }

    /// <summary>What agreed, in words, when the level alone does not say ("family and given names swapped"), or null.</summary>
    public virtual string? Describe(PreparedField left, int i, PreparedField right, int j, int level) => null;

    /// <summary>The level of two present values that are not equal.</summary>
    protected abstract int CompareUnequal(PreparedField left, int i, PreparedField right, int j, string a, string b);

    /// <summary>The comparison for a kind.</summary>
    public static FieldComparison For(ComparisonKind kind) => kind switch
    {
        ComparisonKind.Exact => new ExactComparison(),
        ComparisonKind.Text => new TextComparison(),
        ComparisonKind.Typo => new TypoComparison(),
        ComparisonKind.GivenName => new NameComparison(isFamily: false),
        ComparisonKind.FamilyName => new NameComparison(isFamily: true),
        ComparisonKind.Patronymic => new PatronymicComparison(),
        ComparisonKind.PersonName => new PersonNameComparison(),
        ComparisonKind.Date => new DateComparison(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown comparison."),
    };

    /// <summary>Trimmed and lower-cased (invariant), or null when empty.</summary>
    protected static string? Normalise(string? raw) =>
        string.IsNullOrWhiteSpace(raw) ? null : raw.Trim().ToLowerInvariant();
}
