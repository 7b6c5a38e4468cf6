using Whereabouts.Storage;

namespace Whereabouts.Application.Tests.Lists;

/// <summary>Runners of two servers on PostgreSQL, run when WHEREABOUTS_TEST_POSTGRES names a server (always on CI).</summary>
public sealed class PostgresListImportRunnerTests() : ListImportRunnerContractTests(DatabaseProvider.PostgreSql);
