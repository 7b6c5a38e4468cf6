using Whereabouts.Storage;

namespace Whereabouts.Application.Tests.Lists;

/// <summary>What changed between versions of a list, on PostgreSQL, run when WHEREABOUTS_TEST_POSTGRES names a server (always on CI).</summary>
public sealed class PostgresListChangesQueryTests() : ListChangesQueryContractTests(DatabaseProvider.PostgreSql);
