namespace Whereabouts.Storage.Tests.Audit;

/// <summary>The audit's check of the rows on SQLite, always run.</summary>
public sealed class SqliteAuditRowsTests() : AuditRowsContractTests(DatabaseProvider.Sqlite);
