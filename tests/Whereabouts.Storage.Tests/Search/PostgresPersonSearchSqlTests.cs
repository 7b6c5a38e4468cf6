namespace Whereabouts.Storage.Tests.Search;

/// <summary>The search's SQL on PostgreSQL, run when WHEREABOUTS_TEST_POSTGRES names a server (always on CI).</summary>
public sealed class PostgresPersonSearchSqlTests() : PersonSearchSqlContractTests(DatabaseProvider.PostgreSql);
