using Microsoft.Data.Sqlite;
using Whereabouts.Domain;
using Whereabouts.Testing;

namespace Whereabouts.Storage.Tests;

public sealed class WhereaboutsDatabaseTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task MigrateAsync_Sqlite_WritesAheadSoThatReadersNeverWaitForAWriter()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var writer = db.NewContext();
        await using var transaction = await writer.Database.BeginTransactionAsync(Cancel);
        writer.Sources.Add(new Source(Guid.Empty, new SourceDetails(SourceKind.FamilyReport, "Invented report written in a long transaction")));
        await writer.SaveChangesAsync(Cancel);

        // A reader on its own connection, with no patience: under a rollback journal it could be
        // refused while the writer holds its lock; under write-ahead logging it reads at once.
        var file = new SqliteConnectionStringBuilder(db.Location.ConnectionString).DataSource;
        await using var reader = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, DefaultTimeout = 0 }.ConnectionString);
        await reader.OpenAsync(Cancel);
        await using var mode = reader.CreateCommand();
        mode.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)await mode.ExecuteScalarAsync(Cancel));
        await using var count = reader.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM Sources WHERE Title = 'Invented report written in a long transaction';";
        Assert.Equal(0L, (long)(await count.ExecuteScalarAsync(Cancel))!);
    }
}
