using Whereabouts.Storage;

namespace Whereabouts.Application.Tests.Verification;

/// <summary>Recording and reading verification on SQLite.</summary>
public sealed class SqliteEvidenceVerificationTests() : EvidenceVerificationTests(DatabaseProvider.Sqlite);
