using Whereabouts.Storage;

namespace Whereabouts.Application.Tests.Tracing;

/// <summary><see cref="TracingRequestReaderTests"/> on SQLite.</summary>
public sealed class SqliteTracingRequestReaderTests() : TracingRequestReaderTests(DatabaseProvider.Sqlite);
