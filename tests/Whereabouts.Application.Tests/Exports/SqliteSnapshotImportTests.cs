using Whereabouts.Storage;

namespace Whereabouts.Application.Tests.Exports;

/// <summary>Snapshot export and import on SQLite.</summary>
public sealed class SqliteSnapshotImportTests() : SnapshotImportTests(DatabaseProvider.Sqlite);
