using System.Text.Json.Serialization;

namespace Whereabouts.Linkage.Settings;

/// <summary>One compared field: its name, the input column it reads, how it is compared.</summary>
public sealed record FieldSettings
{
    /// <summary>The field's name in explanations and blocking rules.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>The input column; defaults to <see cref="Name"/>.</summary>
    [JsonPropertyName("column")]
    public string? Column { get; init; }

    /// <summary>
    /// For <see cref="ComparisonKind.PersonName"/> and <see cref="ComparisonKind.Patronymic"/>: the
    /// columns a name may be in; each table uses those it has. When absent, <see cref="Column"/> is
    /// read (as a full name for a person name).
    /// </summary>
    [JsonPropertyName("name_columns")]
    public NameColumns? NameColumns { get; init; }

    /// <summary>How values are compared.</summary>
    [JsonPropertyName("comparison")]
    public ComparisonKind Comparison { get; init; } = ComparisonKind.Text;

    /// <summary>
    /// Whether agreement on a value is weighed by how common the value is: two Grigoryans agree less
    /// than two Zohrabyans. Applies to the exact and name-key levels.
    /// </summary>
    [JsonPropertyName("term_frequency")]
    public bool TermFrequency { get; init; }

    /// <summary>The column actually read.</summary>
    [JsonIgnore]
    public string ColumnName => Column ?? Name;
}
