using Whereabouts.Storage;

namespace Whereabouts.Application.Tests.Reports;

/// <summary>The still-held lists on PostgreSQL, run when WHEREABOUTS_TEST_POSTGRES names a server.</summary>
public sealed class PostgresStillHeldListsTests() : StillHeldListsTests(DatabaseProvider.PostgreSql);
