using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Whereabouts.Storage.Audit;

/// <summary>
/// Finds the entity that owns an owned entry (the assertion an evidence item belongs to) among the
/// entries of one save. Built once per save: a scan of the tracker per owned entry made large
/// saves quadratic.
/// </summary>
internal sealed class OwnerLookup(IReadOnlyList<EntityEntry> entries)
{
    private Dictionary<(IEntityType Type, string Key), EntityEntry>? _byKey;

    public EntityEntry? Find(EntityEntry owned)
    {
        var ownership = owned.Metadata.FindOwnership();
        if (ownership is null)
        {
            return null;
        }

        _byKey ??= Index(entries);
        var foreignKey = KeyText(ownership.Properties.Select(p => owned.Property(p.Name).CurrentValue));
        return _byKey.GetValueOrDefault((ownership.PrincipalEntityType, foreignKey));
    }

    private static Dictionary<(IEntityType, string), EntityEntry> Index(IReadOnlyList<EntityEntry> entries)
    {
        var index = new Dictionary<(IEntityType, string), EntityEntry>();
        foreach (var entry in entries)
        {
            // Owners are referenced through their primary key, the only principal key the model
            // uses. Only kinds that own something are indexed: a large save is mostly index rows.
            if (OwnsAnything(entry.Metadata) && entry.Metadata.FindPrimaryKey() is { } key)
            {
                index.TryAdd((entry.Metadata, KeyText(key.Properties.Select(p => entry.Property(p.Name).CurrentValue))), entry);
            }
        }

        return index;
    }

    private static bool OwnsAnything(IEntityType type) =>
        type.GetNavigations().Any(n => n.ForeignKey.IsOwnership && !n.IsOnDependent);

    private static string KeyText(IEnumerable<object?> values) =>
        string.Join('\u001f', values.Select(v => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)));
}
