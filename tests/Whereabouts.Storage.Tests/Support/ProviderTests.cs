using Whereabouts.Testing;

namespace Whereabouts.Storage.Tests.Support;

/// <summary>
/// Base of the contract test classes that run once per provider: a fresh migrated database for
/// each test. Subclasses are abstract; one sealed subclass per provider runs them.
/// </summary>
public abstract class ProviderTests(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase? _database;

    protected DatabaseProvider Provider { get; } = provider;

    protected TestDatabase Db => _database ?? throw new InvalidOperationException("Not initialised.");

    protected static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _database = await TestDatabase.CreateAsync(Provider);

    public async ValueTask DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}
