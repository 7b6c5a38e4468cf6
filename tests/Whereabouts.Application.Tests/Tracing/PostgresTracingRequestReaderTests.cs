using Whereabouts.Storage;

namespace Whereabouts.Application.Tests.Tracing;

/// <summary><see cref="TracingRequestReaderTests"/> on PostgreSQL (set WHEREABOUTS_TEST_POSTGRES).</summary>
public sealed class PostgresTracingRequestReaderTests() : TracingRequestReaderTests(DatabaseProvider.PostgreSql);
