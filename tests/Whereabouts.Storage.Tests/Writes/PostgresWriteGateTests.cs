namespace Whereabouts.Storage.Tests.Writes;

/// <summary>The write gate's contract on PostgreSQL, run when WHEREABOUTS_TEST_POSTGRES names a server (always on CI).</summary>
public sealed class PostgresWriteGateTests() : WriteGateContractTests(DatabaseProvider.PostgreSql);
