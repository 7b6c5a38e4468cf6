using Whereabouts.Storage;

namespace Whereabouts.Application.Tests.Identities;

/// <summary>Same-person judgements on PostgreSQL, run when WHEREABOUTS_TEST_POSTGRES names a server (always on CI).</summary>
public sealed class PostgresSamePersonJudgementsTests() : SamePersonJudgementsTests(DatabaseProvider.PostgreSql);
