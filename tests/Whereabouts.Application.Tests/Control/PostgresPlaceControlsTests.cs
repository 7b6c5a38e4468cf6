using Whereabouts.Storage;

namespace Whereabouts.Application.Tests.Control;

/// <summary>Periods of control on PostgreSQL, run when WHEREABOUTS_TEST_POSTGRES names a server (always on CI).</summary>
public sealed class PostgresPlaceControlsTests() : PlaceControlsTests(DatabaseProvider.PostgreSql);
