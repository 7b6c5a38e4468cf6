using Whereabouts.Storage;

namespace Whereabouts.Application.Tests.Accounts;

/// <summary>Runs when WHEREABOUTS_TEST_POSTGRES names a server; skipped otherwise (failed on CI).</summary>
public sealed class PostgresAccountAdministrationTests() : AccountAdministrationContractTests(DatabaseProvider.PostgreSql);
