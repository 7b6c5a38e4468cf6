using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace Whereabouts.Storage.Bulk;

/// <summary>
/// PostgreSQL's fast path: one binary <c>COPY … FROM STDIN</c> per table, in the save's
/// transaction, each value sent as the column's own type (the store type of EF's mapping, without
/// its length).
/// </summary>
internal sealed class PostgresBulkRowWriter : BulkRowWriter
{
    public override async Task WriteAsync(DatabaseFacade database, BulkTable table, IReadOnlyList<EntityEntry> rows, CancellationToken cancellationToken)
    {
        var (name, columns) = Names(database, table);
        var types = table.Columns.Select(c => DataTypeName(c.Mapping.StoreType)).ToArray();
        var connection = (NpgsqlConnection)database.GetDbConnection();
        await using var importer = await connection.BeginBinaryImportAsync($"COPY {name} ({columns}) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < types.Length; i++)
            {
                if (table.Columns[i].ProviderValue(row) is { } value)
                {
                    await importer.WriteAsync(value, types[i], cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await importer.WriteNullAsync(cancellationToken).ConfigureAwait(false);
                }
            }
        }

        await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    // "character varying(300)" is sent as "character varying": the length is the column's check, not the value's type.
    private static string DataTypeName(string storeType)
    {
        var open = storeType.IndexOf('(', StringComparison.Ordinal);
        var close = storeType.IndexOf(')', StringComparison.Ordinal);
        return open < 0 || close < open ? storeType : (storeType[..open] + storeType[(close + 1)..]).Trim();
    }
}
