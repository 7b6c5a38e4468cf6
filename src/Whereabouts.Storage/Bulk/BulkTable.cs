using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Whereabouts.Storage.Bulk;

/// <summary>
/// The table one kind of record is written to in bulk, with every column read from EF's model:
/// the entity's own properties (shadow foreign keys included), the columns of owned records
/// split into the same table (an assertion's evidence) and the JSON columns of owned records
/// mapped to JSON (a person's name forms). Built from the model rather than listed by hand, so
/// a property added later is written too, or the kind is refused.
/// </summary>
internal sealed class BulkTable
{
    private BulkTable(IEntityType entityType, string name, string? schema, IReadOnlyList<BulkColumn> columns)
    {
        EntityType = entityType;
        Name = name;
        Schema = schema;
        Columns = columns;
    }

    /// <summary>The kind of record written.</summary>
    public IEntityType EntityType { get; }

    /// <summary>The table's name.</summary>
    public string Name { get; }

    /// <summary>The table's schema, or null for the default one.</summary>
    public string? Schema { get; }

    /// <summary>The columns, in the order the writers send them.</summary>
    public IReadOnlyList<BulkColumn> Columns { get; }

    /// <summary>The tracked owned records written inside <paramref name="row"/> (its evidence, its name forms), at any depth.</summary>
    public static IEnumerable<EntityEntry> OwnedEntries(EntityEntry row)
    {
        foreach (var navigation in row.Metadata.GetNavigations().Where(n => n.ForeignKey.IsOwnership && !n.IsOnDependent))
        {
            var value = navigation.GetGetter().GetClrValue(row.Entity);
            var items = value is null ? [] : navigation.IsCollection ? ((System.Collections.IEnumerable)value).Cast<object>() : [value];
            foreach (var item in items)
            {
                var owned = row.Context.Entry(item);
                yield return owned;
                foreach (var deeper in OwnedEntries(owned))
                {
                    yield return deeper;
                }
            }
        }
    }

    /// <summary>
    /// The table for <paramref name="entityType"/>, or null with <paramref name="refusal"/> saying
    /// why when its rows cannot be written in bulk (no table of its own, an inheritance hierarchy,
    /// owned records kept in another table).
    /// </summary>
    public static BulkTable? For(IEntityType entityType, out string? refusal)
    {
        refusal = null;
        var name = entityType.GetTableName();
        if (name is null || entityType.IsOwned() || entityType.BaseType is not null || entityType.GetDerivedTypes().Any())
        {
            refusal = $"{entityType.DisplayName()} is not a table of its own without inheritance";
            return null;
        }

        var table = StoreObjectIdentifier.Table(name, entityType.GetSchema());
        var columns = new List<BulkColumn>();
        refusal = AddColumns(entityType, table, row => row.Entity, columns, new HashSet<string>(StringComparer.Ordinal));
        return refusal is null ? new BulkTable(entityType, name, table.Schema, columns) : null;
    }

    // reach finds, for a row's tracked entry, the record (the entity itself or an owned record
    // inside it) whose properties fill these columns. Values are read through the model's compiled
    // getters; only shadow properties (a foreign key the class does not carry) go through the tracker.
    private static string? AddColumns(
        IEntityType type, StoreObjectIdentifier table, Func<EntityEntry, object?> reach, List<BulkColumn> columns, HashSet<string> names)
    {
        foreach (var property in type.GetProperties())
        {
            var column = property.GetColumnName(table);

            // A split owned record's key is its owner's key: the column is already there.
            if (column is null || !names.Add(column))
            {
                continue;
            }

            columns.Add(new BulkColumn(column, property.GetRelationalTypeMapping(), Reader(property, reach)));
        }

        foreach (var navigation in type.GetNavigations().Where(n => n.ForeignKey.IsOwnership && !n.IsOnDependent))
        {
            var owned = navigation.TargetEntityType;
            var getter = navigation.GetGetter();
            if (owned.IsMappedToJson())
            {
                var column = owned.GetContainerColumnName();
                var mapping = column is null ? null : type.Model.GetRelationalModel().FindTable(table.Name, table.Schema)?.FindColumn(column)?.StoreTypeMapping;
                if (column is null || mapping is null || !names.Add(column))
                {
                    return $"{owned.DisplayName()} has no JSON column of its own";
                }

                columns.Add(new BulkColumn(column, mapping, row => reach(row) is { } record ? JsonColumn.Write(row.Context, navigation, getter.GetClrValue(record)) : null));
            }
            else if (!navigation.IsCollection && owned.GetTableName() == table.Name && owned.GetSchema() == table.Schema)
            {
                var refusal = AddColumns(owned, table, row => reach(row) is { } record ? getter.GetClrValue(record) : null, columns, names);
                if (refusal is not null)
                {
                    return refusal;
                }
            }
            else
            {
                return $"{owned.DisplayName()} is kept in a table of its own";
            }
        }

        return null;
    }

    private static Func<EntityEntry, object?> Reader(IProperty property, Func<EntityEntry, object?> reach)
    {
        if (property.IsShadowProperty())
        {
            return row => reach(row) is { } record
                ? (ReferenceEquals(record, row.Entity) ? row : row.Context.Entry(record)).Property(property).CurrentValue
                : null;
        }

        var getter = property.GetGetter();
        return row => reach(row) is { } record ? getter.GetClrValue(record) : null;
    }
}
