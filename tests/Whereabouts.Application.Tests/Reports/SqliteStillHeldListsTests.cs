using Whereabouts.Storage;

namespace Whereabouts.Application.Tests.Reports;

/// <summary>The still-held lists on SQLite, always run.</summary>
public sealed class SqliteStillHeldListsTests() : StillHeldListsTests(DatabaseProvider.Sqlite);
