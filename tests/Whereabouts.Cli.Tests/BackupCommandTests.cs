using Microsoft.Data.Sqlite;
using Whereabouts.Cli.Tests.Support;
using Whereabouts.Storage;
using Whereabouts.Testing;

namespace Whereabouts.Cli.Tests;

public sealed class BackupCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string DbFile => _folder.File("registry.db");

    private string BackupFile => _folder.File("copies", "registry-backup.db");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Backup_WhileAnotherConnectionHoldsAnUncommittedWrite_CopiesTheCommittedStateThatVerifies()
    {
        await CliRun.RunAsync("demo", "--db", DbFile);
        Directory.CreateDirectory(Path.GetDirectoryName(BackupFile)!);
        await using var writer = new SqliteConnection($"Data Source={DbFile};Pooling=False");
        await writer.OpenAsync(Cancel);
        await using var transaction = (SqliteTransaction)await writer.BeginTransactionAsync(Cancel);
        await using (var forge = writer.CreateCommand())
        {
            forge.Transaction = transaction;
            forge.CommandText = "UPDATE \"Incidents\" SET \"Name\" = 'uncommitted'";
            Assert.True(await forge.ExecuteNonQueryAsync(Cancel) > 0);
        }

        var backup = await CliRun.RunAsync("backup", "--out", BackupFile, "--db", DbFile);
        await transaction.RollbackAsync(Cancel);
        var verify = await CliRun.RunAsync("audit", "verify", "--db", BackupFile);

        Assert.Equal(0, backup.ExitCode);
        Assert.Contains($"to {BackupFile} (", backup.Output, StringComparison.Ordinal);
        Assert.Matches($"audit verify --db .*registry-backup.db --anchor [0-9]+:[0-9a-f]{{64}}", backup.Output);
        Assert.Equal(0, verify.ExitCode);
        Assert.StartsWith("audit log intact: ", verify.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(BackupFile + ".partial"));
    }

    [Fact]
    public async Task Backup_FileExists_IsRefusedAndTheFileKept()
    {
        await CliRun.RunAsync("demo", "--db", DbFile);
        Directory.CreateDirectory(Path.GetDirectoryName(BackupFile)!);
        await File.WriteAllTextAsync(BackupFile, "keep me", Cancel);

        var run = await CliRun.RunAsync("backup", "--out", BackupFile, "--db", DbFile);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("never overwrites", run.Error, StringComparison.Ordinal);
        Assert.Equal("keep me", await File.ReadAllTextAsync(BackupFile, Cancel));
    }

    [Fact]
    public async Task Backup_PostgreSql_PrintsThePgDumpAndPgRestoreCommandsWithoutThePassword()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSql);

        var run = await CliRun.RunAsync("backup", "--out", BackupFile, "--db", database.Location.ConnectionString);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("pg_dump --format=custom", run.Output, StringComparison.Ordinal);
        Assert.Contains("pg_restore ", run.Output, StringComparison.Ordinal);
        Assert.Contains(BackupFile, run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Password=", run.Output, StringComparison.OrdinalIgnoreCase);
        Assert.False(File.Exists(BackupFile));
    }
}
