using Whereabouts.Storage;

namespace Whereabouts.Application.Tests.Lists;

/// <summary>What changed between versions of a list, on SQLite, always run.</summary>
public sealed class SqliteListChangesQueryTests() : ListChangesQueryContractTests(DatabaseProvider.Sqlite);
