namespace Whereabouts.Domain;

/// <summary>
/// A named way of reading lists (which sheet, which header row, what each column holds, the order
/// of a full name), saved from one upload to be applied to the next list of the same kind: a
/// ministry's lists come in the same shape every month.
/// </summary>
/// <remarks>Never changed or deleted: a different way of reading is saved under another name.</remarks>
public sealed class ListMappingTemplate
{
    /// <summary>The longest name.</summary>
    public const int NameLength = 200;

    /// <summary>Saves a template.</summary>
    /// <exception cref="DomainRuleException">The name or the mapping is missing, the name too long, or no one saved it.</exception>
    public ListMappingTemplate(Guid id, string name, string mappingJson, string createdBy, DateTimeOffset createdAt)
    {
        var named = TextValue.OrNull(name) ?? throw new DomainRuleException("list-template.name", "The template needs a name.");
        if (named.Length > NameLength)
        {
            throw new DomainRuleException("list-template.name", $"Keep the template's name to {NameLength} characters.");
        }

        Id = id == Guid.Empty ? Guid.NewGuid() : id;
        Name = named;
        MappingJson = TextValue.OrNull(mappingJson) ?? throw new DomainRuleException("list-template.mapping", "A template needs a mapping.");
        CreatedBy = TextValue.OrNull(createdBy) ?? throw new DomainRuleException("list-template.actor", "A template must say who saved it.");
        CreatedAt = createdAt.ToUniversalTime();
    }

    // For the storage layer.
    private ListMappingTemplate()
    {
        Name = null!;
        MappingJson = null!;
        CreatedBy = null!;
    }

    /// <summary>The template's identity.</summary>
    public Guid Id { get; private init; }

    /// <summary>Its name, unique ignoring case ("Ministry of Defence monthly list").</summary>
    public string Name { get; private init; }

    /// <summary>The list mapping, as JSON.</summary>
    public string MappingJson { get; private init; }

    /// <summary>Who saved it.</summary>
    public string CreatedBy { get; private init; }

    /// <summary>When (UTC).</summary>
    public DateTimeOffset CreatedAt { get; private init; }
}
