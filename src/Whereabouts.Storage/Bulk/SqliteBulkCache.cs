using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace Whereabouts.Storage.Bulk;

/// <summary>
/// A larger page cache for the connection of a bulk save on SQLite, for the length of its
/// transaction. A list's import or a seeding inserts hundreds of thousands of rows into tables
/// whose keys are random (GUIDs) and whose indexes every insert updates: with SQLite's default
/// cache of 2 MB, nearly every insert evicts a page it will need again and spills dirty pages to the
/// log before the commit. The cache is put back to what it was just before the transaction commits
/// or rolls back (<see cref="Writes.WriteGateInterceptor"/>), so the pooled connection does not keep it.
/// A transaction disposed without either (an import that failed) rolls back inside SQLite's driver,
/// unseen by EF: its pooled connection keeps the larger limit, which is only a limit (pages are
/// taken as they are read), until the pool closes it.
/// </summary>
internal static class SqliteBulkCache
{
    /// <summary>The cache of a bulk save's connection, in KiB.</summary>
    public const int KiB = 256 * 1024;

    // The cache size each enlarged connection had before (a pragma value: negative KiB or pages).
    private static readonly ConditionalWeakTable<SqliteConnection, StrongBox<long>> Before = [];

    /// <summary>Enlarges the cache of <paramref name="connection"/> (open, in the save's transaction), once per transaction.</summary>
    public static void Enlarge(SqliteConnection connection, SqliteTransaction transaction)
    {
        if (Before.TryGetValue(connection, out _))
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "PRAGMA cache_size";
        var size = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        Before.AddOrUpdate(connection, new StrongBox<long>(size));
        command.CommandText = string.Create(CultureInfo.InvariantCulture, $"PRAGMA cache_size = -{KiB}");
        command.ExecuteNonQuery();
    }

    /// <summary>Puts back the cache of <paramref name="connection"/> if a bulk save enlarged it.</summary>
    public static void Restore(SqliteConnection connection, System.Data.Common.DbTransaction transaction)
    {
        if (!Before.TryGetValue(connection, out var size))
        {
            return;
        }

        Before.Remove(connection);
        using var command = connection.CreateCommand();
        command.Transaction = (SqliteTransaction)transaction;
        command.CommandText = string.Create(CultureInfo.InvariantCulture, $"PRAGMA cache_size = {size.Value}");
        command.ExecuteNonQuery();
    }
}
