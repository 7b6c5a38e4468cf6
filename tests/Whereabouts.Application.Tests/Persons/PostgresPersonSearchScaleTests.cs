using Whereabouts.Storage;

namespace Whereabouts.Application.Tests.Persons;

/// <summary>Person search at scale on PostgreSQL, run when WHEREABOUTS_TEST_POSTGRES names a server (always on CI).</summary>
public sealed class PostgresPersonSearchScaleTests() : PersonSearchScaleTests(DatabaseProvider.PostgreSql);
