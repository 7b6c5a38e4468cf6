using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Whereabouts.Storage.Backup;

/// <summary>
/// Copies of a registry and their return. A SQLite registry is copied with SQLite's online
/// backup API, which reads one consistent state of the file while the app goes on writing (in
/// write-ahead-log mode readers never block the writer); a PostgreSQL registry is copied with
/// PostgreSQL's own tools, whose commands <see cref="PostgresCommands"/> gives.
/// </summary>
public static class RegistryBackup
{
    /// <summary>
    /// Writes a consistent copy of the SQLite registry at <paramref name="source"/> to
    /// <paramref name="file"/>, which must not exist; the copy appears under its name only when
    /// complete. Returns its size in bytes.
    /// </summary>
    /// <exception cref="IOException">The file exists already, or cannot be written.</exception>
    public static long BackupSqlite(DatabaseLocation source, string file)
    {
        ArgumentNullException.ThrowIfNull(source);
        RequireSqlite(source);
        var target = Path.GetFullPath(file);
        if (File.Exists(target))
        {
            throw new IOException($"{target} exists already; a backup never overwrites a file: choose another name.");
        }

        var partial = target + ".partial";
        File.Delete(partial);
        using (var from = new SqliteConnection(source.ConnectionString))
        using (var to = new SqliteConnection(Unpooled(partial, SqliteOpenMode.ReadWriteCreate)))
        {
            from.Open();
            to.Open();
            from.BackupDatabase(to);
        }

        File.Move(partial, target);
        return new FileInfo(target).Length;
    }

    /// <summary>
    /// Puts the registry copied in <paramref name="file"/> in place of the SQLite registry at
    /// <paramref name="target"/>. A target that holds any record or audit entry is replaced only
    /// when <paramref name="replace"/> is set, and is then kept aside, renamed with the time, never
    /// deleted. The app must not be running on the target meanwhile.
    /// </summary>
    /// <returns>The refusal, or where the replaced registry was kept (null when there was none).</returns>
    public static RestoreOutcome RestoreSqlite(string file, DatabaseLocation target, bool replace, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(target);
        RequireSqlite(target);
        var from = Path.GetFullPath(file);
        if (!File.Exists(from))
        {
            return RestoreOutcome.Refused($"{from} does not exist.");
        }

        if (!IsRegistry(from))
        {
            return RestoreOutcome.Refused($"{from} is not a Whereabouts registry (a SQLite file with an audit log).");
        }

        var to = new SqliteConnectionStringBuilder(target.ConnectionString).DataSource;
        to = Path.GetFullPath(to);
        if (string.Equals(from, to, StringComparison.Ordinal))
        {
            return RestoreOutcome.Refused("the backup and the registry are the same file.");
        }

        var exists = File.Exists(to);
        if (exists && !replace && !IsEmpty(to))
        {
            return RestoreOutcome.Refused($"{to} holds a registry already; restore over it with --replace (it is kept aside, not deleted).");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        var incoming = to + ".restoring";
        File.Delete(incoming);
        using (var source = new SqliteConnection(Unpooled(from, SqliteOpenMode.ReadOnly)))
        using (var copy = new SqliteConnection(Unpooled(incoming, SqliteOpenMode.ReadWriteCreate)))
        {
            source.Open();
            copy.Open();
            source.BackupDatabase(copy);
        }

        // Pooled connections of this process would keep the old file open under its new name.
        SqliteConnection.ClearAllPools();
        string? keptAside = null;
        if (exists)
        {
            keptAside = to + ".replaced-" + now.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
            foreach (var suffix in new[] { "-wal", "-shm", string.Empty })
            {
                if (File.Exists(to + suffix))
                {
                    File.Move(to + suffix, keptAside + suffix);
                }
            }
        }

        File.Move(incoming, to);
        return new RestoreOutcome(null, keptAside);
    }

    /// <summary>The commands that copy and restore a PostgreSQL registry (the password is left to PGPASSWORD or ~/.pgpass).</summary>
    /// <param name="location">The registry.</param>
    /// <param name="file">The dump file.</param>
    public static (string Dump, string Restore) PostgresCommands(DatabaseLocation location, string file)
    {
        ArgumentNullException.ThrowIfNull(location);
        var builder = new NpgsqlConnectionStringBuilder(location.ConnectionString);
        var connection = string.Create(
            CultureInfo.InvariantCulture, $"--host={Quote(builder.Host ?? "localhost")} --port={builder.Port} --username={Quote(builder.Username ?? "postgres")}");
        return (
            $"pg_dump --format=custom --no-owner {connection} --file={Quote(file)} {Quote(builder.Database ?? "postgres")}",
            $"pg_restore --clean --if-exists --no-owner --single-transaction {connection} --dbname={Quote(builder.Database ?? "postgres")} {Quote(file)}");
    }

    private static string Quote(string text) =>
        text.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '/' or ':') ? text : "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static void RequireSqlite(DatabaseLocation location)
    {
        if (location.Provider != DatabaseProvider.Sqlite)
        {
            throw new ArgumentException($"{location} is not a SQLite registry.", nameof(location));
        }
    }

    private static string Unpooled(string file, SqliteOpenMode mode) =>
        new SqliteConnectionStringBuilder { DataSource = file, Mode = mode, Pooling = false }.ConnectionString;

    private static bool IsRegistry(string file)
    {
        try
        {
            using var connection = new SqliteConnection(Unpooled(file, SqliteOpenMode.ReadOnly));
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN ('AuditLog', '__EFMigrationsHistory')";
            return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) == 2;
        }
        catch (SqliteException)
        {
            return false;
        }
    }

    // Empty: no audit entry (every record's save writes one) and no person, or not a registry at all.
    private static bool IsEmpty(string file)
    {
        if (!IsRegistry(file))
        {
            return new FileInfo(file).Length == 0;
        }

        using var connection = new SqliteConnection(Unpooled(file, SqliteOpenMode.ReadOnly));
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT EXISTS (SELECT 1 FROM \"AuditLog\") OR EXISTS (SELECT 1 FROM \"People\")";
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) == 0;
    }
}
