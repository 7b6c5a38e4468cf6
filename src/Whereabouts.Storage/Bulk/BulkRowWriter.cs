using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Whereabouts.Storage.Bulk;

/// <summary>Sends many new rows of one table through a provider's fast path, inside the save's transaction.</summary>
internal abstract class BulkRowWriter
{
    /// <summary>The writer for the provider of <paramref name="database"/>.</summary>
    public static BulkRowWriter For(DatabaseFacade database) => database.ProviderName switch
    {
        "Microsoft.EntityFrameworkCore.Sqlite" => new SqliteBulkRowWriter(),
        "Npgsql.EntityFrameworkCore.PostgreSQL" => new PostgresBulkRowWriter(),
        var other => throw new InvalidOperationException($"No bulk writer for the provider {other}."),
    };

    /// <summary>Writes <paramref name="rows"/> (tracked, all of <paramref name="table"/>'s kind) as new rows.</summary>
    public abstract Task WriteAsync(DatabaseFacade database, BulkTable table, IReadOnlyList<EntityEntry> rows, CancellationToken cancellationToken);

    /// <summary>The table's name and its column list, quoted as the provider quotes them.</summary>
    protected static (string Table, string Columns) Names(DatabaseFacade database, BulkTable table)
    {
        var sql = database.GetService<ISqlGenerationHelper>();
        return (sql.DelimitIdentifier(table.Name, table.Schema), string.Join(", ", table.Columns.Select(c => sql.DelimitIdentifier(c.Name))));
    }
}
