using Whereabouts.Storage;

namespace Whereabouts.Application.Tests.Accounts;

public sealed class SqliteAccountAdministrationTests() : AccountAdministrationContractTests(DatabaseProvider.Sqlite);
