namespace Whereabouts.Storage.Tests.Bulk;

/// <summary>The bulk save's contract on PostgreSQL, run when WHEREABOUTS_TEST_POSTGRES names a server (always on CI).</summary>
public sealed class PostgresBulkInsertTests() : BulkInsertContractTests(DatabaseProvider.PostgreSql);
