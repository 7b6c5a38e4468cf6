using Npgsql;
using Whereabouts.Storage;
using Xunit;

namespace Whereabouts.Testing;

/// <summary>
/// A fresh, migrated database for one test class: a temporary SQLite file, or a new database on the
/// PostgreSQL server named by <c>WHEREABOUTS_TEST_POSTGRES</c>. PostgreSQL tests skip when that
/// variable is unset, except on CI (<c>CI=true</c>), where they fail: CI must run them.
/// </summary>
/// <remarks>
/// Running every migration for each of the suite's thousands of databases was a large part of its
/// time. Each test process migrates one template per provider, once, and each database is a copy
/// of it (a file copy; PostgreSQL's <c>CREATE DATABASE ... TEMPLATE</c>), then migrated as the app
/// would be on start, which finds nothing left to do. The migrations themselves still run, on the
/// template, in every process.
/// </remarks>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "WHEREABOUTS_TEST_POSTGRES";

    private readonly Func<Task> _drop;

    private TestDatabase(WhereaboutsDatabase database, Func<Task> drop)
    {
        Database = database;
        _drop = drop;
    }

    public WhereaboutsDatabase Database { get; }

    public DatabaseLocation Location => Database.Location;

    public WhereaboutsDbContext NewContext() => Database.CreateContext();

    /// <summary>
    /// The same database opened with a one-second wait for the database's own locks (SQLite's busy
    /// timeout, PostgreSQL's command timeout): a write that waited there for a long transaction
    /// would fail within a second.
    /// </summary>
    public WhereaboutsDatabase WithShortLockWait() => new(Location.Provider == DatabaseProvider.Sqlite
        ? DatabaseLocation.Parse(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(Location.ConnectionString) { DefaultTimeout = 1 }.ConnectionString)
        : DatabaseLocation.Parse(new NpgsqlConnectionStringBuilder(Location.ConnectionString) { CommandTimeout = 1 }.ConnectionString));

    /// <summary>A fresh database with the parties of <see cref="TestParties"/>, or with none when <paramref name="withParties"/> is false.</summary>
    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider, bool withParties = true)
    {
        var created = provider switch
        {
            DatabaseProvider.Sqlite => await CreateSqliteAsync(),
            DatabaseProvider.PostgreSql => await CreatePostgresAsync(),
            _ => throw new ArgumentOutOfRangeException(nameof(provider)),
        };
        if (withParties)
        {
            await TestParties.AddAsync(created.Database, TestContext.Current.CancellationToken);
        }

        return created;
    }

    /// <summary>The server connection string for PostgreSQL tests, or a skip (a failure on CI) when none is configured.</summary>
    public static string RequirePostgresServer()
    {
        var server = Environment.GetEnvironmentVariable(PostgresVariable);
        if (!string.IsNullOrWhiteSpace(server))
        {
            return server;
        }

        var message = $"PostgreSQL tests need {PostgresVariable}, a connection string to a server where databases may be created "
            + "(e.g. Host=127.0.0.1;Username=whereabouts;Password=whereabouts;Database=postgres).";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail("On CI the PostgreSQL tests must run. " + message);
        }

        Assert.Skip(message);
        return null!;
    }

    private static readonly Lazy<Task<string>> SqliteTemplate = new(CreateSqliteTemplateAsync);
    private static readonly Lazy<Task<string>> PostgresTemplate = new(CreatePostgresTemplateAsync);

    private static async Task<TestDatabase> CreateSqliteAsync()
    {
        var template = await SqliteTemplate.Value;
        var folder = Path.Combine(Path.GetTempPath(), "whereabouts-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        File.Copy(template, Path.Combine(folder, "registry.db"));
        var database = new WhereaboutsDatabase(DatabaseLocation.Sqlite(Path.Combine(folder, "registry.db")));
        await database.MigrateAsync(TestContext.Current.CancellationToken);
        return new TestDatabase(database, () =>
        {
            Directory.Delete(folder, recursive: true);
            return Task.CompletedTask;
        });
    }

    private static async Task<TestDatabase> CreatePostgresAsync()
    {
        var server = new NpgsqlConnectionStringBuilder(RequirePostgresServer());
        var template = await PostgresTemplate.Value;
        var name = "whereabouts_test_" + Guid.NewGuid().ToString("N")[..12];
        await using (var admin = new NpgsqlConnection(server.ConnectionString))
        {
            await admin.OpenAsync(TestContext.Current.CancellationToken);
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"", admin);
            await create.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        var target = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = name };
        var database = new WhereaboutsDatabase(DatabaseLocation.Parse(target.ConnectionString));
        await database.MigrateAsync(TestContext.Current.CancellationToken);
        return new TestDatabase(database, async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(server.ConnectionString);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        });
    }

    public async ValueTask DisposeAsync() => await _drop();

    // The process's migrated SQLite file, with its write-ahead log folded in so that the file alone is the database.
    private static async Task<string> CreateSqliteTemplateAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "whereabouts-tests", "template-" + Guid.NewGuid().ToString("N"));
        var file = Path.Combine(folder, "registry.db");
        var location = DatabaseLocation.Sqlite(file);
        await new WhereaboutsDatabase(location).MigrateAsync();
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection(location.ConnectionString))
        {
            await connection.OpenAsync();
            await using var checkpoint = connection.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            await checkpoint.ExecuteNonQueryAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearPool(connection);
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // Left in the temporary folder; nothing depends on it.
            }
        };
        return file;
    }

    // The process's migrated PostgreSQL database, with no connection left open: a database with
    // connections cannot be a template.
    private static async Task<string> CreatePostgresTemplateAsync()
    {
        var server = new NpgsqlConnectionStringBuilder(RequirePostgresServer());
        var name = "whereabouts_template_" + Guid.NewGuid().ToString("N")[..12];
        var target = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = name };
        var location = DatabaseLocation.Parse(target.ConnectionString);
        await new WhereaboutsDatabase(location).MigrateAsync();

        // The pool is keyed by the connection string the registry uses, which adds its own settings.
        await using (var connection = new NpgsqlConnection(location.ConnectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                using var admin = new NpgsqlConnection(server.ConnectionString);
                admin.Open();
                using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin);
                drop.ExecuteNonQuery();
            }
            catch (NpgsqlException)
            {
                // The server went first; a leftover template harms nothing.
            }
        };
        return name;
    }
}
