using Whereabouts.Storage;

namespace Whereabouts.Application.Tests.Tracing;

/// <summary>The tests of <see cref="Whereabouts.Application.Tracing.NewEvidenceQuery"/> on SQLite.</summary>
public sealed class SqliteNewEvidenceQueryTests() : NewEvidenceQueryTests(DatabaseProvider.Sqlite);
