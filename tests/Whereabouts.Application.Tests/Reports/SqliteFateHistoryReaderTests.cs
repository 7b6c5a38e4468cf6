using Whereabouts.Storage;

namespace Whereabouts.Application.Tests.Reports;

/// <summary>The fate history reader on SQLite, always run.</summary>
public sealed class SqliteFateHistoryReaderTests() : FateHistoryReaderTests(DatabaseProvider.Sqlite);
