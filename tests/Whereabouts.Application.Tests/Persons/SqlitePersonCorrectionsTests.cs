using Whereabouts.Storage;

namespace Whereabouts.Application.Tests.Persons;

/// <summary>Corrections to people on SQLite, always run.</summary>
public sealed class SqlitePersonCorrectionsTests() : PersonCorrectionsTests(DatabaseProvider.Sqlite);
