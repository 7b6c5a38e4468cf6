namespace Whereabouts.Storage.Tests.Search;

/// <summary>The person index's contract on PostgreSQL, run when WHEREABOUTS_TEST_POSTGRES names a server (always on CI).</summary>
public sealed class PostgresPersonIndexTests() : PersonIndexContractTests(DatabaseProvider.PostgreSql);
