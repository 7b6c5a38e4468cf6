namespace Whereabouts.Storage.Tests;

/// <summary>The storage contract on SQLite, always run.</summary>
public sealed class SqliteStorageTests() : StorageContractTests(DatabaseProvider.Sqlite);
