using Whereabouts.Application.Tests.Support;
using Whereabouts.Storage;

namespace Whereabouts.Application.Tests.Captivity;

/// <summary>The obligations report on SQLite, always run.</summary>
public sealed class SqliteObligationsQueryTests(DemoRegistry registry) : ObligationsQueryTests(DatabaseProvider.Sqlite, registry);
