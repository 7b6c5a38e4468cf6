using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage;

namespace Whereabouts.Storage.Bulk;

/// <summary>
/// One column of a table written in bulk: its name, the provider's type mapping for it (the same
/// one EF uses, so values are stored exactly as a normal save stores them), and how to read its
/// value from a tracked row.
/// </summary>
/// <param name="Name">The column's name in the table.</param>
/// <param name="Mapping">The provider's mapping of the column's values.</param>
/// <param name="Read">The model value of the column for a row's tracked entry (before the mapping's converter).</param>
internal sealed record BulkColumn(string Name, RelationalTypeMapping Mapping, Func<EntityEntry, object?> Read)
{
    /// <summary>The value as the database stores it: the model value through the mapping's converter.</summary>
    public object? ProviderValue(EntityEntry row)
    {
        var value = Read(row);
        return value is null || Mapping.Converter is null ? value : Mapping.Converter.ConvertToProvider(value);
    }
}
