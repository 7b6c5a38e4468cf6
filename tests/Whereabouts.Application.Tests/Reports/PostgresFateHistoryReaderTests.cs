using Whereabouts.Storage;

namespace Whereabouts.Application.Tests.Reports;

/// <summary>The fate history reader on PostgreSQL, run when WHEREABOUTS_TEST_POSTGRES names a server.</summary>
public sealed class PostgresFateHistoryReaderTests() : FateHistoryReaderTests(DatabaseProvider.PostgreSql);
