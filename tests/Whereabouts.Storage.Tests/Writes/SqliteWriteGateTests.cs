namespace Whereabouts.Storage.Tests.Writes;

/// <summary>The write gate's contract on SQLite, always run.</summary>
public sealed class SqliteWriteGateTests() : WriteGateContractTests(DatabaseProvider.Sqlite);
