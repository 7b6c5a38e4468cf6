using Whereabouts.Storage;

namespace Whereabouts.Application.Tests.Tracing;

/// <summary>The tests of <see cref="Whereabouts.Application.Tracing.UnansweredRequestsQuery"/> on SQLite.</summary>
public sealed class SqliteUnansweredRequestsQueryTests() : UnansweredRequestsQueryTests(DatabaseProvider.Sqlite);
