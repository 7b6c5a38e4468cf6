using Whereabouts.Storage;

namespace Whereabouts.Application.Tests.Pfif;

/// <summary>PFIF import on SQLite.</summary>
public sealed class SqlitePfifImportTests() : PfifImportTests(DatabaseProvider.Sqlite);
