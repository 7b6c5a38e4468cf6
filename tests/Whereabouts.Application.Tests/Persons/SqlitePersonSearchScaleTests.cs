using Whereabouts.Storage;

namespace Whereabouts.Application.Tests.Persons;

/// <summary>Person search at scale on SQLite.</summary>
public sealed class SqlitePersonSearchScaleTests() : PersonSearchScaleTests(DatabaseProvider.Sqlite);
