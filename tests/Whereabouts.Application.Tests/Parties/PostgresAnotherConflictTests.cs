using Whereabouts.Storage;

namespace Whereabouts.Application.Tests.Parties;

/// <summary>A registry for another conflict on PostgreSQL, run when WHEREABOUTS_TEST_POSTGRES names a server (always on CI).</summary>
public sealed class PostgresAnotherConflictTests() : AnotherConflictContractTests(DatabaseProvider.PostgreSql);
