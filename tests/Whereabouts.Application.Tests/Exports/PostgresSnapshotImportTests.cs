using Whereabouts.Storage;

namespace Whereabouts.Application.Tests.Exports;

/// <summary>Snapshot export and import on PostgreSQL.</summary>
public sealed class PostgresSnapshotImportTests() : SnapshotImportTests(DatabaseProvider.PostgreSql);
