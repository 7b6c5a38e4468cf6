namespace Whereabouts.Storage.Tests.Audit;

/// <summary>The audit's check of the rows on PostgreSQL, run when WHEREABOUTS_TEST_POSTGRES names a server (always on CI).</summary>
public sealed class PostgresAuditRowsTests() : AuditRowsContractTests(DatabaseProvider.PostgreSql);
