using Microsoft.Data.Sqlite;
using Whereabouts.Cli.Tests.Support;

namespace Whereabouts.Cli.Tests;

public sealed class RestoreCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string DbFile => _folder.File("registry.db");

    private string BackupFile => _folder.File("backup.db");

    private string RestoredFile => _folder.File("restored", "registry.db");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Restore_BackupIntoANewFile_RestoresARegistryThatVerifiesWithTheSameHead()
    {
        await CliRun.RunAsync("demo", "--db", DbFile);
        var head = (await CliRun.RunAsync("audit", "anchor", "--db", DbFile)).Output.Trim();
        await CliRun.RunAsync("backup", "--out", BackupFile, "--db", DbFile);

        var restore = await CliRun.RunAsync("restore", "--from", BackupFile, "--db", RestoredFile);
        var verify = await CliRun.RunAsync("audit", "verify", "--anchor", head, "--db", RestoredFile);

        Assert.Equal(0, restore.ExitCode);
        Assert.Contains($"its audit head is {head}", restore.Output, StringComparison.Ordinal);
        Assert.Equal(0, verify.ExitCode);
        Assert.Contains("reaches every anchor given (1)", verify.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restore_OverARegistryWithRecords_IsRefusedWithoutReplace()
    {
        await CliRun.RunAsync("demo", "--db", DbFile);
        await CliRun.RunAsync("backup", "--out", BackupFile, "--db", DbFile);
        await CliRun.RunAsync("users", "add", "alice", "--role", "Viewer", "--db", DbFile);
        var before = (await CliRun.RunAsync("audit", "anchor", "--db", DbFile)).Output;

        var run = await CliRun.RunAsync("restore", "--from", BackupFile, "--db", DbFile);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--replace", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, (await CliRun.RunAsync("audit", "anchor", "--db", DbFile)).Output);
    }

    [Fact]
    public async Task Restore_Replace_PutsTheCopyInPlaceAndKeepsTheOldRegistryAside()
    {
        await CliRun.RunAsync("demo", "--db", DbFile);
        await CliRun.RunAsync("backup", "--out", BackupFile, "--db", DbFile);
        var backedUp = (await CliRun.RunAsync("audit", "anchor", "--db", DbFile)).Output;
        await CliRun.RunAsync("users", "add", "alice", "--role", "Viewer", "--db", DbFile);
        var later = (await CliRun.RunAsync("audit", "anchor", "--db", DbFile)).Output;
        SqliteConnection.ClearAllPools();

        var run = await CliRun.RunAsync("restore", "--from", BackupFile, "--replace", "--db", DbFile);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(backedUp, (await CliRun.RunAsync("audit", "anchor", "--db", DbFile)).Output);
        var aside = Assert.Single(Directory.GetFiles(_folder.Path, "registry.db.replaced-*"), f => f.EndsWith('Z'));
        Assert.Contains($"kept at {aside}", run.Output, StringComparison.Ordinal);
        Assert.Equal(later, (await CliRun.RunAsync("audit", "anchor", "--db", aside)).Output);
        Assert.Equal(0, (await CliRun.RunAsync("audit", "verify", "--db", DbFile)).ExitCode);
    }

    [Fact]
    public async Task Restore_FileThatIsNotARegistry_IsRefused()
    {
        Directory.CreateDirectory(_folder.Path);
        await File.WriteAllTextAsync(BackupFile, "not a database", Cancel);

        var run = await CliRun.RunAsync("restore", "--from", BackupFile, "--db", RestoredFile);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("is not a Whereabouts registry", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(RestoredFile));
    }
}
