namespace Whereabouts.Storage.Tests.Audit;

/// <summary>The audit log's contract on SQLite, always run.</summary>
public sealed class SqliteAuditTests() : AuditContractTests(DatabaseProvider.Sqlite);
