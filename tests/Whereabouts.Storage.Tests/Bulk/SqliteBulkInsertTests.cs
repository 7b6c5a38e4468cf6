namespace Whereabouts.Storage.Tests.Bulk;

/// <summary>The bulk save's contract on SQLite, always run.</summary>
public sealed class SqliteBulkInsertTests() : BulkInsertContractTests(DatabaseProvider.Sqlite);
