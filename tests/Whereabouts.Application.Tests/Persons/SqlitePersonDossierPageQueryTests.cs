using Whereabouts.Storage;

namespace Whereabouts.Application.Tests.Persons;

/// <summary>The dossier's page read at once, on SQLite, always run.</summary>
public sealed class SqlitePersonDossierPageQueryTests() : PersonDossierPageQueryTests(DatabaseProvider.Sqlite);
