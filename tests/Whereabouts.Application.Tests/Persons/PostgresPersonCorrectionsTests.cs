using Whereabouts.Storage;

namespace Whereabouts.Application.Tests.Persons;

/// <summary>Corrections to people on PostgreSQL, run when WHEREABOUTS_TEST_POSTGRES names a server (always on CI).</summary>
public sealed class PostgresPersonCorrectionsTests() : PersonCorrectionsTests(DatabaseProvider.PostgreSql);
