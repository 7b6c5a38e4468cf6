using Whereabouts.Storage;

namespace Whereabouts.Application.Tests.Legal;

/// <summary>Legal cases and family notifications on PostgreSQL, run when WHEREABOUTS_TEST_POSTGRES names a server (always on CI).</summary>
public sealed class PostgresLegalTests() : LegalContractTests(DatabaseProvider.PostgreSql);
