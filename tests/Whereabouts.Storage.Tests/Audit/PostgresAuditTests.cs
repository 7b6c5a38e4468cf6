namespace Whereabouts.Storage.Tests.Audit;

/// <summary>The audit log's contract on PostgreSQL, run when WHEREABOUTS_TEST_POSTGRES names a server (always on CI).</summary>
public sealed class PostgresAuditTests() : AuditContractTests(DatabaseProvider.PostgreSql);
