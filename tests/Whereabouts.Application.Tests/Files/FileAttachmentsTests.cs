using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Common;
using Whereabouts.Application.Files;
using Whereabouts.Domain;
using Whereabouts.Storage;
using Whereabouts.Storage.Files;
using Whereabouts.Testing;

namespace Whereabouts.Application.Tests.Files;

public sealed class FileAttachmentsTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "whereabouts-file-tests", Guid.NewGuid().ToString("N"));
    private TestDatabase _db = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private FileStore Store => new(_folder);

    public async ValueTask InitializeAsync() => _db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

    public async ValueTask DisposeAsync()
    {
        await _db.DisposeAsync();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task AttachAsync_TheSameBytesTwice_IsOneFileAndOneAttachmentAuditedWithTheActor()
    {
        var source = await SourceAsync();
        var bytes = Pdf(5_000);

        var first = await Attachments("analyst-anna").AttachAsync(source, "letter.pdf", new MemoryStream(bytes), "Letter from the detaining side (invented)", Cancel);
        var second = await Attachments("caseworker-karen").AttachAsync(source, "copy.pdf", new MemoryStream(bytes), null, Cancel);

        Assert.True(first!.IsNewAttachment && first.IsNewFile);
        Assert.False(second!.IsNewAttachment || second.IsNewFile);
        Assert.Equal(first.Attachment.Id, second.Attachment.Id);
        Assert.Equal("application/pdf", first.Attachment.MediaType);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), first.Attachment.Sha256);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(Store.PathOf(first.Attachment.Sha256), Cancel));
        await using var context = _db.NewContext();
        Assert.Equal(1, await context.SourceFiles.CountAsync(Cancel));
        var audited = await context.AuditEntries.Where(e => e.EntityType == "SourceFile" || e.EntityType == "EvidenceFile").ToListAsync(Cancel);
        Assert.Equal(2, audited.Count);
        Assert.All(audited, e => Assert.Equal("analyst-anna", e.Actor));
    }

    [Fact]
    public async Task AttachAsync_OverTheLimit_ThrowsAndKeepsNothing()
    {
        var source = await SourceAsync();

        await Assert.ThrowsAsync<FileTooLargeException>(
            () => Attachments("anna", limit: 1_000).AttachAsync(source, "long.pdf", new MemoryStream(Pdf(1_001)), null, Cancel));

        Assert.Empty(Store.Hashes());
        Assert.Empty(Directory.EnumerateFiles(_folder, "*", SearchOption.AllDirectories));
        await using var context = _db.NewContext();
        Assert.False(await context.EvidenceFiles.AnyAsync(Cancel));
    }

    [Fact]
    public async Task AttachAsync_NoNameOrALongDescription_NamesTheFieldsBeforeReading()
    {
        var source = await SourceAsync();
        var content = new MemoryStream(Pdf(100));

        var unnamed = await Assert.ThrowsAsync<ValidationFailedException>(() => Attachments().AttachAsync(source, " ", content, null, Cancel));
        var wordy = await Assert.ThrowsAsync<ValidationFailedException>(() => Attachments().AttachAsync(source, "a.pdf", content, new string('x', 4001), Cancel));

        Assert.Contains("file", unnamed.Errors.Keys);
        Assert.Contains("description", wordy.Errors.Keys);
        Assert.Equal(0, content.Position);
        Assert.Empty(Store.Hashes());
    }

    [Fact]
    public async Task AttachAsync_AnUnknownSource_IsNullAndReadsNothing()
    {
        var content = new MemoryStream(Pdf(100));

        var attached = await Attachments().AttachAsync(Guid.NewGuid(), "a.pdf", content, null, Cancel);

        Assert.Null(attached);
        Assert.Equal(0, content.Position);
    }

    [Fact]
    public async Task DetachAsync_WithAReason_DetachesOnceAndKeepsTheBytes()
    {
        var source = await SourceAsync();
        var attached = await Attachments().AttachAsync(source, "a.pdf", new MemoryStream(Pdf(300)), null, Cancel);

        var detached = await Attachments("karen").DetachAsync(source, attached!.Attachment.Id, "Attached in error", Cancel);
        var again = await Assert.ThrowsAsync<DomainRuleException>(() => Attachments().DetachAsync(source, attached.Attachment.Id, "Twice", Cancel));

        Assert.False(detached!.IsAttached);
        Assert.Equal("karen", detached.DetachedBy);
        Assert.Equal("file.already-detached", again.Rule);
        Assert.True(Store.Contains(attached.Attachment.Sha256));
        Assert.Empty((await new FileReader(_db.Database).ForSourceAsync(source, cancellationToken: Cancel))!);
    }

    private static byte[] Pdf(int length)
    {
        var bytes = new byte[length];
        RandomNumberGenerator.Fill(bytes);
        "%PDF-1.4\n"u8.CopyTo(bytes);
        return bytes;
    }

    private FileAttachments Attachments(string actor = "tester", long limit = FileLimit.DefaultBytes) =>
        new(_db.Database, Store, new FileLimit(limit), new FixedActor(actor), TimeProvider.System);

    private async Task<Guid> SourceAsync()
    {
        var source = new Source(Guid.NewGuid(), new SourceDetails(SourceKind.Other, "INVENTED letter"));
        await using var context = _db.NewContext();
        context.Sources.Add(source);
        await context.SaveChangesAsync(Cancel);
        return source.Id;
    }
}
