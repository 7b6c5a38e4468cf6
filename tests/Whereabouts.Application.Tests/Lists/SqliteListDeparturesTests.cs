using Whereabouts.Storage;

namespace Whereabouts.Application.Tests.Lists;

/// <summary>Departures from lists of captives, on SQLite, always run.</summary>
public sealed class SqliteListDeparturesTests() : ListDeparturesContractTests(DatabaseProvider.Sqlite);
