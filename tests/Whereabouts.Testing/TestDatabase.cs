using Npgsql;
using Whereabouts.Storage;
using Xunit;

namespace Whereabouts.Testing;

/// <summary>
/// A fresh, migrated database for one test class: a temporary SQLite file, or a new database on the
/// PostgreSQL server named by <c>WHEREABOUTS_TEST_POSTGRES</c>. PostgreSQL tests skip when that
/// variable is unset, except on CI (<c>CI=true</c>), where they fail: CI must run them.
/// </summary>
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

    private static async Task<TestDatabase> CreateSqliteAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "whereabouts-tests", Guid.NewGuid().ToString("N"));
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
        var name = "whereabouts_test_" + Guid.NewGuid().ToString("N")[..12];
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
}
