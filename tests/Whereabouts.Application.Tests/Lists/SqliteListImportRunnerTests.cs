using Whereabouts.Storage;

namespace Whereabouts.Application.Tests.Lists;

/// <summary>Runners of two servers on SQLite, always run (SQLite serves one app server: what it shows is the recovery).</summary>
public sealed class SqliteListImportRunnerTests() : ListImportRunnerContractTests(DatabaseProvider.Sqlite);
