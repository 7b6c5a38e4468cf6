using Whereabouts.Storage;

namespace Whereabouts.Application.Tests.Tracing;

/// <summary>The tests of <see cref="Whereabouts.Application.Tracing.FamiliesToInformAgainQuery"/> on SQLite.</summary>
public sealed class SqliteFamiliesToInformAgainQueryTests() : FamiliesToInformAgainQueryTests(DatabaseProvider.Sqlite);
