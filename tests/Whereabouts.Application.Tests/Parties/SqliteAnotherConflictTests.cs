using Whereabouts.Storage;

namespace Whereabouts.Application.Tests.Parties;

/// <summary>A registry for another conflict on SQLite.</summary>
public sealed class SqliteAnotherConflictTests() : AnotherConflictContractTests(DatabaseProvider.Sqlite);
