using Microsoft.Data.Sqlite;

namespace Whereabouts.Web.Tests.Support;

/// <summary>
/// A second connection to a registry's SQLite file holding its write lock (<c>BEGIN EXCLUSIVE</c>)
/// until disposed, as a long import or a backup tool would: readers go on (the registry is in WAL
/// mode), every write waits for the busy timeout and then fails with <c>SQLITE_BUSY</c>.
/// </summary>
internal sealed class RegistryLock : IAsyncDisposable
{
    private readonly SqliteConnection _connection;

    private RegistryLock(SqliteConnection connection) => _connection = connection;

    /// <summary>Takes the write lock of the registry in <paramref name="databaseFile"/>.</summary>
    public static async Task<RegistryLock> TakeAsync(string databaseFile)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databaseFile, Pooling = false }.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var begin = connection.CreateCommand();
        begin.CommandText = "BEGIN EXCLUSIVE;";
        await begin.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        return new RegistryLock(connection);
    }

    /// <summary>
    /// Sends <paramref name="request"/> while the registry of <paramref name="app"/> is locked,
    /// once the app's own start-up writes (the demo administrator) are done, and returns the answer.
    /// </summary>
    public static async Task<HttpResponseMessage> WhileLockedAsync(WebApp app, Func<Task<HttpResponseMessage>> request)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(request);
        await DemoAdministrator.WaitAsync(app);
        await using var held = await TakeAsync(app.DatabaseFile);
        return await request();
    }

    public async ValueTask DisposeAsync()
    {
        await using (var rollback = _connection.CreateCommand())
        {
            rollback.CommandText = "ROLLBACK;";
            await rollback.ExecuteNonQueryAsync();
        }

        await _connection.DisposeAsync();
    }
}
