using Whereabouts.Storage;

namespace Whereabouts.Application.Tests.Control;

/// <summary>Periods of control on SQLite, always run.</summary>
public sealed class SqlitePlaceControlsTests() : PlaceControlsTests(DatabaseProvider.Sqlite);
