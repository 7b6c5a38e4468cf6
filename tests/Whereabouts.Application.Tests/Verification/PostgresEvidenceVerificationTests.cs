using Whereabouts.Storage;

namespace Whereabouts.Application.Tests.Verification;

/// <summary>Recording and reading verification on PostgreSQL, run when WHEREABOUTS_TEST_POSTGRES names a server (always on CI).</summary>
public sealed class PostgresEvidenceVerificationTests() : EvidenceVerificationTests(DatabaseProvider.PostgreSql);
