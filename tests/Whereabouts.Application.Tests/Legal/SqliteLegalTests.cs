using Whereabouts.Storage;

namespace Whereabouts.Application.Tests.Legal;

/// <summary>Legal cases and family notifications on SQLite, always run.</summary>
public sealed class SqliteLegalTests() : LegalContractTests(DatabaseProvider.Sqlite);
