using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Whereabouts.Storage.Bulk;

/// <summary>
/// Writes the new records of a save (with their owned records and the derived rows the save
/// rules added: index rows, name keys, new key counts, audit entries) through the provider's fast
/// path, a table at a time with principals before their dependents, then marks them saved so
/// that EF's own save writes only the rest (edits, such as counts that grew).
/// </summary>
internal static class BulkInsert
{
    private static readonly ConcurrentDictionary<IEntityType, (BulkTable? Table, string? Refusal)> Tables = new();

    /// <summary>
    /// Writes the added records among <paramref name="entries"/> (the tracker's, as the save's rules
    /// left them), then the records <paramref name="late"/> adds to the tracker once those are
    /// written (the save's audit entries, made meanwhile on another thread), and returns how many
    /// rows it wrote; or returns null having written nothing, and without calling
    /// <paramref name="late"/>, when the save holds something it does not handle (a removal, a kind
    /// of record it cannot map), for the caller to save it all the normal way. Late records of a
    /// kind it cannot map, or that other records refer to, are left for EF's save.
    /// </summary>
    public static async Task<int?> TryWriteAsync(
        DbContext context, IReadOnlyList<EntityEntry> entries, Func<Task<IReadOnlyList<object>>> late, CancellationToken cancellationToken)
    {
        if (entries.Any(e => e.State == EntityState.Deleted))
        {
            return null;
        }

        var groups = Added(entries);
        var order = DependencyOrder(groups.Keys);
        if (order is null || order.Any(t => Table(t).Table is null))
        {
            return null;
        }

        var writer = BulkRowWriter.For(context.Database);
        var written = await WriteAsync(context, writer, order, groups, cancellationToken).ConfigureAwait(false);

        // Marked saved only once the late records are made: what makes them reads these records' states.
        var lateGroups = Added([.. (await late().ConfigureAwait(false)).Select(context.Entry)]);
        MarkSaved(groups);
        var lateOrder = DependencyOrder(lateGroups.Keys);
        if (lateOrder is not null && lateOrder.All(t => Table(t).Table is not null && !groups.Keys.Any(g => Principals(g).Contains(t))))
        {
            written += await WriteAsync(context, writer, lateOrder, lateGroups, cancellationToken).ConfigureAwait(false);
            MarkSaved(lateGroups);
        }

        return written;
    }

    private static Dictionary<IEntityType, List<EntityEntry>> Added(IEnumerable<EntityEntry> entries)
    {
        var groups = new Dictionary<IEntityType, List<EntityEntry>>();
        foreach (var entry in entries.Where(e => e.State == EntityState.Added && !e.Metadata.IsOwned()))
        {
            if (!groups.TryGetValue(entry.Metadata, out var rows))
            {
                groups[entry.Metadata] = rows = [];
            }

            rows.Add(entry);
        }

        return groups;
    }

    private static async Task<int> WriteAsync(
        DbContext context, BulkRowWriter writer, List<IEntityType> order, Dictionary<IEntityType, List<EntityEntry>> groups, CancellationToken cancellationToken)
    {
        var written = 0;
        foreach (var type in order)
        {
            await writer.WriteAsync(context.Database, Table(type).Table!, groups[type], cancellationToken).ConfigureAwait(false);
            written += groups[type].Count;
        }

        return written;
    }

    private static void MarkSaved(Dictionary<IEntityType, List<EntityEntry>> groups)
    {
        foreach (var row in groups.Values.SelectMany(rows => rows))
        {
            foreach (var owned in BulkTable.OwnedEntries(row).ToList())
            {
                // The position of a name form in its JSON array is a key EF makes up while the
                // record is new; it is not stored, so the made-up one stands.
                foreach (var key in owned.Metadata.FindPrimaryKey()?.Properties ?? [])
                {
                    var property = owned.Property(key);
                    if (property.IsTemporary)
                    {
                        property.IsTemporary = false;
                    }
                }

                owned.State = EntityState.Unchanged;
            }

            row.State = EntityState.Unchanged;
        }
    }

    private static (BulkTable? Table, string? Refusal) Table(IEntityType type) =>
        Tables.GetOrAdd(type, t => (BulkTable.For(t, out var refusal), refusal));

    // Principals first, so that every foreign key finds its row (SQLite checks each row as it is
    // inserted). A cycle between kinds of record is left to EF, which can split rows into updates.
    private static List<IEntityType>? DependencyOrder(IEnumerable<IEntityType> types)
    {
        var pending = types.ToHashSet();
        var order = new List<IEntityType>();
        while (pending.Count > 0)
        {
            var ready = pending.Where(t => !Principals(t).Any(p => p != t && pending.Contains(p))).OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
            if (ready.Count == 0)
            {
                return null;
            }

            order.AddRange(ready);
            pending.ExceptWith(ready);
        }

        return order;
    }

    // The kinds a record's row refers to, through its own foreign keys and those of the owned records written inside it.
    private static IEnumerable<IEntityType> Principals(IEntityType type) =>
        type.GetForeignKeys().Where(fk => !fk.IsOwnership).Select(fk => Root(fk.PrincipalEntityType))
            .Concat(type.GetNavigations().Where(n => n.ForeignKey.IsOwnership && !n.IsOnDependent).SelectMany(n => Principals(n.TargetEntityType)));

    private static IEntityType Root(IEntityType type) =>
        type.FindOwnership() is { } ownership ? Root(ownership.PrincipalEntityType) : type;
}
