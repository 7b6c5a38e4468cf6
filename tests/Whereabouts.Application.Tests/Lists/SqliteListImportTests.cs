using Whereabouts.Storage;

namespace Whereabouts.Application.Tests.Lists;

/// <summary>List import and review on SQLite, always run.</summary>
public sealed class SqliteListImportTests() : ListImportContractTests(DatabaseProvider.Sqlite);
