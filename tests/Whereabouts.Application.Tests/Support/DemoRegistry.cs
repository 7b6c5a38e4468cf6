using Whereabouts.Application.Demo;
using Whereabouts.Storage;
using Whereabouts.Testing;

namespace Whereabouts.Application.Tests.Support;

/// <summary>
/// A class fixture holding the demo data in a fresh database, loaded once per provider on first use
/// and shared by the class's tests (which only read it). Loading lazily, inside a test, lets a
/// PostgreSQL run skip (or fail on CI) through <see cref="TestDatabase"/> like any other test.
/// </summary>
public sealed class DemoRegistry : IAsyncDisposable
{
    private readonly Dictionary<DatabaseProvider, Task<TestDatabase>> _databases = [];
    private readonly Lock _gate = new();

    /// <summary>The demo catalogue that was loaded, for computing expected answers.</summary>
    public DemoCatalog Catalog { get; } = DemoCatalog.Build();

    public Task<TestDatabase> DatabaseAsync(DatabaseProvider provider)
    {
        lock (_gate)
        {
            if (!_databases.TryGetValue(provider, out var database))
            {
                _databases[provider] = database = LoadAsync(provider);
            }

            return database;
        }
    }

    private static async Task<TestDatabase> LoadAsync(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await new DemoLoader(database.Database).LoadAsync(TestContext.Current.CancellationToken);
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var database in _databases.Values)
        {
            if (database.IsCompletedSuccessfully)
            {
                await database.Result.DisposeAsync();
            }
        }
    }
}
