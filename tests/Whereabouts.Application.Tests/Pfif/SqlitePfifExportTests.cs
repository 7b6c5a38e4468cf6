using Whereabouts.Storage;

namespace Whereabouts.Application.Tests.Pfif;

/// <summary>PFIF export on SQLite.</summary>
public sealed class SqlitePfifExportTests() : PfifExportTests(DatabaseProvider.Sqlite);
