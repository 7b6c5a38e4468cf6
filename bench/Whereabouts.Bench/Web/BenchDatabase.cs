using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using Npgsql;
using Whereabouts.Storage;

namespace Whereabouts.Bench.Web;

/// <summary>
/// A fresh, empty database for one run: a SQLite file in a new temporary folder, or a new
/// PostgreSQL database <c>whereabouts_bench_&lt;random&gt;</c>. Disposing deletes it, so a run
/// leaves nothing behind (and never touches an existing registry), unless it is kept; a database
/// kept by an earlier run may be opened again (<see cref="Reuse"/>) and is never deleted.
/// </summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    private readonly string? _folder;
    private readonly string? _adminConnection;
    private readonly string? _postgresName;

    private BenchDatabase(string connection, string? folder, string? adminConnection, string? postgresName)
    {
        Connection = connection;
        Location = DatabaseLocation.Parse(connection);
        _folder = folder;
        _adminConnection = adminConnection;
        _postgresName = postgresName;
    }

    /// <summary>What the web app is given as its database: a file path or a connection string.</summary>
    public string Connection { get; }

    public DatabaseLocation Location { get; }

    /// <summary>When set, disposing leaves the database in place.</summary>
    public bool Keep { get; set; }

    public static BenchDatabase CreateSqlite()
    {
        var folder = Path.Combine(Path.GetTempPath(), "whereabouts-bench-" + RandomSuffix());
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "registry.db");
        return new BenchDatabase(file, folder, null, null);
    }

    /// <summary>A database seeded and kept by an earlier run: never migrated, seeded or deleted by this one.</summary>
    public static BenchDatabase Reuse(string connection) => new(connection, null, null, null) { Keep = true };

    public static async Task<BenchDatabase> CreatePostgresAsync(string adminConnection, CancellationToken cancellationToken)
    {
        var name = "whereabouts_bench_" + RandomSuffix();
        await using (var connection = new NpgsqlConnection(adminConnection))
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        var builder = new NpgsqlConnectionStringBuilder(adminConnection) { Database = name };
        return new BenchDatabase(builder.ConnectionString, null, adminConnection, name);
    }

    /// <summary>On PostgreSQL, <c>VACUUM ANALYZE</c> the seeded database; nothing on SQLite.</summary>
    public async Task SettleAsync(CancellationToken cancellationToken)
    {
        if (_postgresName is null)
        {
            // A SQLite file, or a reused database that was settled when it was seeded.
            return;
        }

        await using var connection = new NpgsqlConnection(Connection);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("VACUUM ANALYZE", connection) { CommandTimeout = 600 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The size of the database on disk, in bytes.</summary>
    public async Task<long> SizeAsync(CancellationToken cancellationToken)
    {
        if (Location.Provider == DatabaseProvider.Sqlite)
        {
            // The file with its write-ahead log.
            var file = new SqliteConnectionStringBuilder(Location.ConnectionString).DataSource;
            return new[] { file, file + "-wal" }.Where(File.Exists).Sum(f => new FileInfo(f).Length);
        }

        await using var connection = new NpgsqlConnection(Connection);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT pg_database_size(current_database())", connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        if (Keep)
        {
            Console.WriteLine($"  kept {Location}");
            return;
        }

        if (_folder is not null)
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
            return;
        }

        // Pooled connections of this process would keep the database open; FORCE ends any other.
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_adminConnection);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    private static string RandomSuffix() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
}
