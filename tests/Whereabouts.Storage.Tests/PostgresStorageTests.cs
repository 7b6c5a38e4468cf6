namespace Whereabouts.Storage.Tests;

/// <summary>The storage contract on PostgreSQL, run when WHEREABOUTS_TEST_POSTGRES names a server (always on CI).</summary>
public sealed class PostgresStorageTests() : StorageContractTests(DatabaseProvider.PostgreSql);
