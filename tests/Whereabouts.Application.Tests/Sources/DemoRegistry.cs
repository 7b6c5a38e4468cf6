using Whereabouts.Application.Demo;
using Whereabouts.Storage;
using Whereabouts.Testing;

namespace Whereabouts.Application.Tests.Sources;

/// <summary>
/// A fresh SQLite registry with the demo data, shared by the tests of one class; tests that write
/// add records of their own and never count on the whole registry staying as loaded.
/// </summary>
public sealed class DemoRegistry : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public DemoCatalog Catalog { get; } = DemoCatalog.Build();

    public WhereaboutsDatabase Database => _db.Database;

    public WhereaboutsDbContext NewContext() => _db.NewContext();

    public async ValueTask InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await new DemoLoader(_db.Database).LoadAsync(TestContext.Current.CancellationToken);
    }

    public ValueTask DisposeAsync() => _db.DisposeAsync();
}
