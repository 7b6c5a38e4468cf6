using Whereabouts.Storage;

namespace Whereabouts.Application.Tests.Tracing;

/// <summary>The tests of <see cref="Whereabouts.Application.Tracing.NewEvidenceQuery"/> on PostgreSQL when WHEREABOUTS_TEST_POSTGRES names a server (always on CI).</summary>
public sealed class PostgresNewEvidenceQueryTests() : NewEvidenceQueryTests(DatabaseProvider.PostgreSql);
