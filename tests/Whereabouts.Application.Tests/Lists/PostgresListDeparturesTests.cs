using Whereabouts.Storage;

namespace Whereabouts.Application.Tests.Lists;

/// <summary>Departures from lists of captives, on PostgreSQL, run when WHEREABOUTS_TEST_POSTGRES names a server (always on CI).</summary>
public sealed class PostgresListDeparturesTests() : ListDeparturesContractTests(DatabaseProvider.PostgreSql);
