namespace Whereabouts.Storage.Tests.Search;

/// <summary>The search's SQL on SQLite, always run.</summary>
public sealed class SqlitePersonSearchSqlTests() : PersonSearchSqlContractTests(DatabaseProvider.Sqlite);
