using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Whereabouts.Storage.Bulk;

/// <summary>
/// SQLite's fast path: one prepared <c>INSERT</c> per table, executed once per row with its
/// parameters rebound, all in the save's transaction. The parameters are made by EF's own type
/// mappings, so a row is stored exactly as a normal save stores it.
/// </summary>
internal sealed class SqliteBulkRowWriter : BulkRowWriter
{
    public override Task WriteAsync(DatabaseFacade database, BulkTable table, IReadOnlyList<EntityEntry> rows, CancellationToken cancellationToken)
    {
        var (name, columns) = Names(database, table);
        var connection = (SqliteConnection)database.GetDbConnection();
        var transaction = (SqliteTransaction?)database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("A bulk write runs inside the save's transaction.");
        SqliteBulkCache.Enlarge(connection, transaction);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {name} ({columns}) VALUES ({string.Join(", ", table.Columns.Select((_, i) => Parameter(i)))})";
        var parameters = new System.Data.Common.DbParameter[table.Columns.Count];
        for (var i = 0; i < parameters.Length; i++)
        {
            parameters[i] = table.Columns[i].Mapping.CreateParameter(command, Parameter(i), null, nullable: true);
            command.Parameters.Add(parameters[i]);
        }

        command.Prepare();
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = table.Columns[i].ProviderValue(row) ?? DBNull.Value;
            }

            // Microsoft.Data.Sqlite runs every command synchronously; the async call would only add a task per row.
            command.ExecuteNonQuery();
        }

        return Task.CompletedTask;
    }

    private static string Parameter(int index) => "@p" + index.ToString(CultureInfo.InvariantCulture);
}
