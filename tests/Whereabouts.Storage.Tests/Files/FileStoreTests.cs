using System.Security.Cryptography;
using Whereabouts.Storage.Files;

namespace Whereabouts.Storage.Tests.Files;

public sealed class FileStoreTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "whereabouts-store-tests", Guid.NewGuid().ToString("N"));

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task WriteAsync_Bytes_AreKeptUnderTheirHashInTwoLevelsOfFolders()
    {
        var store = new FileStore(_folder);
        var bytes = RandomNumberGenerator.GetBytes(300_000);
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));

        var stored = await store.WriteAsync(new MemoryStream(bytes), 1_000_000, Cancel);

        Assert.Equal(hash, stored!.Sha256);
        Assert.Equal(bytes.Length, stored.Length);
        Assert.True(stored.IsNew);
        Assert.Equal(bytes[..FileStore.HeadLength], stored.Head);
        Assert.Equal(Path.Combine(_folder, hash[..2], hash[2..4], hash), store.PathOf(hash));
        Assert.Equal(bytes, await File.ReadAllBytesAsync(store.PathOf(hash), Cancel));
        Assert.Equal([hash], store.Hashes());
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(_folder, "incoming")));
    }

    [Fact]
    public async Task WriteAsync_TheSameBytesAgain_KeepsTheFirstCopy()
    {
        var store = new FileStore(_folder);
        var bytes = RandomNumberGenerator.GetBytes(1000);
        var first = await store.WriteAsync(new MemoryStream(bytes), 10_000, Cancel);
        var written = File.GetLastWriteTimeUtc(store.PathOf(first!.Sha256));

        var second = await store.WriteAsync(new MemoryStream(bytes), 10_000, Cancel);

        Assert.False(second!.IsNew);
        Assert.Equal(written, File.GetLastWriteTimeUtc(store.PathOf(first.Sha256)));
        Assert.Single(store.Hashes());
    }

    [Fact]
    public async Task WriteAsync_OverTheLimit_ThrowsAndLeavesNoFile()
    {
        var store = new FileStore(_folder);

        var error = await Assert.ThrowsAsync<FileTooLargeException>(() => store.WriteAsync(new MemoryStream(new byte[2001]), 2000, Cancel));

        Assert.Equal(2000, error.LimitBytes);
        Assert.Empty(Directory.EnumerateFiles(_folder, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task WriteAsync_Nothing_IsNotKept()
    {
        var store = new FileStore(_folder);

        Assert.Null(await store.WriteAsync(new MemoryStream(), 10, Cancel));
        Assert.Empty(store.Hashes());
    }

    [Fact]
    public async Task CheckAsync_IntactAlteredAndMissing_AreToldApart()
    {
        var store = new FileStore(_folder);
        var kept = await store.WriteAsync(new MemoryStream(RandomNumberGenerator.GetBytes(500)), 1000, Cancel);
        var altered = await store.WriteAsync(new MemoryStream(RandomNumberGenerator.GetBytes(500)), 1000, Cancel);
        var path = store.PathOf(altered!.Sha256);
        var bytes = await File.ReadAllBytesAsync(path, Cancel);
        bytes[0] ^= 1;
        await File.WriteAllBytesAsync(path, bytes, Cancel);

        Assert.Equal(FileCondition.Intact, await store.CheckAsync(kept!.Sha256, Cancel));
        Assert.Equal(FileCondition.Altered, await store.CheckAsync(altered.Sha256, Cancel));
        Assert.Equal(FileCondition.Missing, await store.CheckAsync(new string('0', 64), Cancel));
    }

    [Fact]
    public void DefaultFolder_SqliteFile_IsFilesBesideIt()
    {
        var database = Path.Combine(_folder, "registry.db");

        Assert.Equal(Path.Combine(_folder, "files"), FileStore.DefaultFolder(DatabaseLocation.Sqlite(database)));
    }

    [Fact]
    public void OpenRead_NotAHash_IsNull()
    {
        Assert.Null(new FileStore(_folder).OpenRead("../../etc/passwd"));
    }
}
