using Whereabouts.Storage;

namespace Whereabouts.Application.Tests.Pfif;

/// <summary>PFIF import on PostgreSQL, run when WHEREABOUTS_TEST_POSTGRES names a server (always on CI).</summary>
public sealed class PostgresPfifImportTests() : PfifImportTests(DatabaseProvider.PostgreSql);
