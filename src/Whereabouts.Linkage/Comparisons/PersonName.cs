namespace Whereabouts.Linkage.Comparisons;

/// <summary>
/// A person's name as one record gives it, split into the parts that are compared: the given
/// name, the family name and the patronymic, each possibly missing. Read either from separate
/// columns or from one full-name column (see <see cref="PersonNameReader"/>).
/// </summary>
internal sealed class PersonName
{
    /// <summary>The given name (several words stay one unit: "Anna Maria").</summary>
    public NameUnit? Given { get; init; }

    /// <summary>The family name.</summary>
    public NameUnit? Family { get; init; }

    /// <summary>The patronymic or the father's name in any of its forms, or an initial.</summary>
    public NameUnit? Patronymic { get; init; }

    /// <summary>The whole name as written when it came from one full-name column, else null.</summary>
    public string? FullName { get; init; }

    /// <summary>Whether there is a given or a family name to compare.</summary>
    public bool HasName => Given is not null || Family is not null;
}
