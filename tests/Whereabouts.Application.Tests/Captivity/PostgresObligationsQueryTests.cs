using Whereabouts.Application.Tests.Support;
using Whereabouts.Storage;

namespace Whereabouts.Application.Tests.Captivity;

/// <summary>The obligations report on PostgreSQL, run when WHEREABOUTS_TEST_POSTGRES names a server (always on CI).</summary>
public sealed class PostgresObligationsQueryTests(DemoRegistry registry) : ObligationsQueryTests(DatabaseProvider.PostgreSql, registry);
