namespace Whereabouts.Storage.Tests.Search;

/// <summary>The person index's contract on SQLite, always run.</summary>
public sealed class SqlitePersonIndexTests() : PersonIndexContractTests(DatabaseProvider.Sqlite);
