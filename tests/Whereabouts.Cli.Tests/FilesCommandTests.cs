using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Demo;
using Whereabouts.Cli.Commands;
using Whereabouts.Cli.Tests.Support;
using Whereabouts.Storage;
using Whereabouts.Storage.Files;

namespace Whereabouts.Cli.Tests;

/// <summary><c>whereabouts files</c> on a SQLite file with the (invented) demo data, its files beside it.</summary>
public sealed class FilesCommandTests : IDisposable
{
    private static readonly Guid MinistryStatement = DemoIds.For("source/mod-armenia-hadrut-missing");

    private readonly TempFolder _folder = new();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private string Db => _folder.File("demo.db");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Verify_AFileAlteredOnDisk_IsNamedAndTheExitCodeIs2()
    {
        var hash = await AddAsync(Bytes(3000), "video.mp4");
        var intact = await CliRun.RunAsync("files", "verify", "--db", Db);

        var kept = new FileStore(_folder.File("files")).PathOf(hash);
        var bytes = await File.ReadAllBytesAsync(kept, Cancel);
        bytes[1500] ^= 0xFF;
        await File.WriteAllBytesAsync(kept, bytes, Cancel);
        var altered = await CliRun.RunAsync("files", "verify", "--db", Db);

        Assert.True(intact.ExitCode == 0, intact.Output + intact.Error);
        Assert.Contains("1 intact, 0 missing, 0 altered", intact.Output, StringComparison.Ordinal);
        Assert.Equal(FilesCommand.BrokenExitCode, altered.ExitCode);
        Assert.Contains($"altered  {hash}", altered.Output, StringComparison.Ordinal);
        Assert.Contains("0 intact, 0 missing, 1 altered", altered.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_AFileRemovedAndBytesRecordedNowhere_NamesTheMissingAndTheOrphan()
    {
        var removed = await AddAsync(Bytes(500), "photo.jpg");
        var store = new FileStore(_folder.File("files"));
        File.Delete(store.PathOf(removed));
        await using (var stray = new MemoryStream(Bytes(200)))
        {
            await store.WriteAsync(stray, 10_000, Cancel);
        }

        var orphan = Assert.Single(store.Hashes());

        var run = await CliRun.RunAsync("files", "verify", "--db", Db);

        Assert.Equal(FilesCommand.BrokenExitCode, run.ExitCode);
        Assert.Contains($"missing  {removed}", run.Output, StringComparison.Ordinal);
        Assert.Contains($"orphan   {orphan}", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_AFile_IsAttachedToTheSourceAndAttributedToTheCli()
    {
        var bytes = Bytes(1000);
        var hash = await AddAsync(bytes, "statement.pdf");

        await using var context = new WhereaboutsDatabase(DatabaseLocation.Sqlite(Db)).CreateContext();
        var attachment = await context.SourceFiles.SingleAsync(f => f.Sha256 == hash, Cancel);
        var file = await context.EvidenceFiles.SingleAsync(f => f.Sha256 == hash, Cancel);
        Assert.Equal(MinistryStatement, attachment.SourceId);
        Assert.Equal("statement.pdf", attachment.FileName);
        Assert.StartsWith("cli:", attachment.AttachedBy, StringComparison.Ordinal);
        Assert.Equal("application/pdf", file.MediaType);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), hash);
        Assert.True(await context.AuditEntries.AnyAsync(e => e.EntityType == "SourceFile" && e.EntityId == attachment.Id.ToString(), Cancel));
    }

    [Fact]
    public async Task Add_AnUnknownSource_FailsAndKeepsNothing()
    {
        Assert.Equal(0, (await CliRun.RunAsync("demo", "--db", Db)).ExitCode);
        var path = _folder.File("lost.pdf");
        await File.WriteAllBytesAsync(path, Bytes(100), Cancel);

        var run = await CliRun.RunAsync("files", "add", "--source", Guid.NewGuid().ToString(), path, "--db", Db);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--source", run.Error, StringComparison.Ordinal);
        Assert.Empty(new FileStore(_folder.File("files")).Hashes());
    }

    [Fact]
    public async Task ExportCsvWithFiles_ThenSnapshotImport_CarriesTheBytesIntoTheOtherRegistrysStore()
    {
        var bytes = Bytes(4000);
        var hash = await AddAsync(bytes, "statement.pdf");
        var zip = _folder.File("with-files.zip");
        var copy = _folder.File("copy.db");
        var copyFiles = _folder.File("copy-files");

        var export = await CliRun.RunAsync("export", "csv", "--out", zip, "--with-files", "--db", Db);
        var import = await CliRun.RunAsync("snapshot", "import", zip, "--files", copyFiles, "--db", copy);
        var verify = await CliRun.RunAsync("files", "verify", "--files", copyFiles, "--db", copy);

        Assert.True(export.ExitCode == 0, export.Error);
        Assert.True(import.ExitCode == 0, import.Output + import.Error);
        Assert.Contains("the bytes of 1 files kept in the file store", import.Output, StringComparison.Ordinal);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(new FileStore(copyFiles).PathOf(hash), Cancel));
        Assert.True(verify.ExitCode == 0, verify.Output + verify.Error);
        Assert.Contains("1 intact, 0 missing, 0 altered", verify.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SnapshotImport_BytesThatDoNotMatchTheirName_RefusesTheSnapshotAndImportsNothing()
    {
        var hash = await AddAsync(Bytes(2000), "statement.pdf");
        var folder = _folder.File("with-files");
        var copy = _folder.File("copy.db");
        Assert.Equal(0, (await CliRun.RunAsync("export", "csv", "--out", folder, "--with-files", "--db", Db)).ExitCode);
        var carried = Path.Combine(folder, "files", hash);
        var altered = await File.ReadAllBytesAsync(carried, Cancel);
        altered[1000] ^= 0xFF;
        await File.WriteAllBytesAsync(carried, altered, Cancel);

        var import = await CliRun.RunAsync("snapshot", "import", folder, "--files", _folder.File("copy-files"), "--db", copy);

        Assert.Equal(1, import.ExitCode);
        Assert.Contains($"files/{hash}", import.Error, StringComparison.Ordinal);
        Assert.Contains("not the one they are named by", import.Error, StringComparison.Ordinal);
        await using var context = new WhereaboutsDatabase(DatabaseLocation.Sqlite(copy)).CreateContext();
        Assert.False(await context.Sources.AnyAsync(Cancel));
    }

    // A PDF's first bytes, then random ones, so that each test's file is its own.
    private static byte[] Bytes(int length)
    {
        var bytes = new byte[length];
        RandomNumberGenerator.Fill(bytes);
        "%PDF-1.7\n"u8.CopyTo(bytes);
        return bytes;
    }

    private async Task<string> AddAsync(byte[] bytes, string name)
    {
        if (!File.Exists(Db))
        {
            Assert.Equal(0, (await CliRun.RunAsync("demo", "--db", Db)).ExitCode);
        }

        var path = _folder.File(name);
        await File.WriteAllBytesAsync(path, bytes, Cancel);
        var run = await CliRun.RunAsync("files", "add", "--source", MinistryStatement.ToString(), path, "--db", Db);
        Assert.True(run.ExitCode == 0, run.Error);
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }
}
