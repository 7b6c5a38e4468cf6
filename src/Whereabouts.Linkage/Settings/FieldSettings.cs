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
