using System.Text.Json.Serialization;

namespace Whereabouts.Linkage.Settings;

/// <summary>
/// The columns a person's name may be in. Each table uses those it has: one list may have a
/// single full-name column ("Арутюнян Арман Гарикович" or "Arman Harutyunyan"), the other
/// separate given, family and patronymic columns. A full name is read only when the record has
/// neither a given nor a family name.
/// </summary>
public sealed record NameColumns
{
    /// <summary>The given-name column.</summary>
    [JsonPropertyName("given")]
    public string? Given { get; init; }

    /// <summary>The family-name column.</summary>
    [JsonPropertyName("family")]
    public string? Family { get; init; }

    /// <summary>The patronymic column (any form: Рубенович, Rubeni, Ruben oğlu, R.).</summary>
    [JsonPropertyName("patronymic")]
    public string? Patronymic { get; init; }

    /// <summary>The full-name column: family, given and patronymic in one text, in either order.</summary>
    [JsonPropertyName("full")]
    public string? Full { get; init; }

    /// <summary>The columns named, in the order given, family, patronymic, full.</summary>
    [JsonIgnore]
    public IEnumerable<string> All => new[] { Given, Family, Patronymic, Full }.Where(c => c is not null)!;
}
