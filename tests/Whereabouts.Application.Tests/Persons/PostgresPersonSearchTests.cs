using Whereabouts.Application.Tests.Support;
using Whereabouts.Storage;

namespace Whereabouts.Application.Tests.Persons;

/// <summary>Person search on PostgreSQL, run when WHEREABOUTS_TEST_POSTGRES names a server (always on CI).</summary>
public sealed class PostgresPersonSearchTests(DemoRegistry registry) : PersonSearchTests(DatabaseProvider.PostgreSql, registry);
