using Whereabouts.Application.Tests.Support;
using Whereabouts.Storage;

namespace Whereabouts.Application.Tests.Persons;

/// <summary>Person search on SQLite, always run.</summary>
public sealed class SqlitePersonSearchTests(DemoRegistry registry) : PersonSearchTests(DatabaseProvider.Sqlite, registry);
