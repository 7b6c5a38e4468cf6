using Whereabouts.Storage;

namespace Whereabouts.Application.Tests.Lists;

/// <summary>List import and review on PostgreSQL, run when WHEREABOUTS_TEST_POSTGRES names a server (always on CI).</summary>
public sealed class PostgresListImportTests() : ListImportContractTests(DatabaseProvider.PostgreSql);
