using Whereabouts.Storage;

namespace Whereabouts.Application.Tests.Persons;

/// <summary>The dossier's page read at once, on PostgreSQL, run when WHEREABOUTS_TEST_POSTGRES names a server (always on CI).</summary>
public sealed class PostgresPersonDossierPageQueryTests() : PersonDossierPageQueryTests(DatabaseProvider.PostgreSql);
