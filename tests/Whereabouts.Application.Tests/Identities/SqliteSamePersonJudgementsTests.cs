using Whereabouts.Storage;

namespace Whereabouts.Application.Tests.Identities;

/// <summary>Same-person judgements on SQLite, always run.</summary>
public sealed class SqliteSamePersonJudgementsTests() : SamePersonJudgementsTests(DatabaseProvider.Sqlite);
