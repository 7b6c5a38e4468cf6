using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Common;
using Whereabouts.Domain;
using Whereabouts.Storage;
using Whereabouts.Storage.Files;

namespace Whereabouts.Application.Files;

/// <summary>
/// Attaches documents, images, recordings and videos to sources and detaches them; the bytes go to
/// the <see cref="FileStore"/> under their SHA-256, the records through the audited save (who added
/// which file when: the chain of custody).
/// </summary>
public sealed class FileAttachments(WhereaboutsDatabase database, FileStore store, FileLimit limit, ICurrentActor actor, TimeProvider clock)
{
    /// <summary>The largest file accepted.</summary>
    public FileLimit Limit => limit;

    /// <summary>
    /// Attaches the file read from <paramref name="content"/> to the source <paramref name="sourceId"/>.
    /// The same bytes already attached to the source give that attachment back; the same bytes
    /// attached elsewhere are the same file, attached once more here.
    /// </summary>
    /// <returns>What was attached, or null when there is no such source (nothing was read).</returns>
    /// <exception cref="ValidationFailedException">No name, an empty file, or a description too long (fields file, description); nothing was kept.</exception>
    /// <exception cref="FileTooLargeException">The file is over <see cref="Limit"/>; nothing was kept.</exception>
    public async Task<AttachedFile?> AttachAsync(Guid sourceId, string? fileName, Stream content, string? description, CancellationToken cancellationToken = default)
    {
        // Every field is checked before a byte is read, so a wrong form costs no upload.
        Check(sourceId, fileName, description);
        var received = await ReceiveAsync(sourceId, fileName, content, cancellationToken).ConfigureAwait(false);
        return received is null ? null : await AttachAsync(received, description, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Keeps the bytes read from <paramref name="content"/> for the source <paramref name="sourceId"/>,
    /// to be attached once the rest of a request is read (a description sent after the file).
    /// </summary>
    /// <returns>The kept file, or null when there is no such source (nothing was read).</returns>
    /// <exception cref="ValidationFailedException">No name or an empty file (field file); nothing was kept.</exception>
    /// <exception cref="FileTooLargeException">The file is over <see cref="Limit"/>; nothing was kept.</exception>
    public async Task<ReceivedFile?> ReceiveAsync(Guid sourceId, string? fileName, Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        await using (var context = database.CreateContext())
        {
            if (!await context.Sources.AnyAsync(s => s.Id == sourceId, cancellationToken).ConfigureAwait(false))
            {
                return null;
            }
        }

        Check(sourceId, fileName, null);
        var stored = await store.WriteAsync(content, limit.Bytes, cancellationToken).ConfigureAwait(false)
            ?? throw new ValidationFailedException("file", "The file is empty.");
        return new ReceivedFile(sourceId, fileName!, stored, MediaTypes.Sniff(stored.Head));
    }

    /// <summary>Attaches a file kept by <see cref="ReceiveAsync"/> to its source, with what it shows.</summary>
    /// <exception cref="ValidationFailedException">The description is too long (field description); the bytes stay as an orphan.</exception>
    public async Task<AttachedFile> AttachAsync(ReceivedFile received, string? description, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(received);
        Check(received.SourceId, received.FileName, description);

        // Two uploads of the same new bytes at once both add the file: the second save fails on its
        // key and is made again, finding the file the first one added.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await SaveAsync(received.SourceId, received.FileName, description, received.Stored, received.MediaType, cancellationToken).ConfigureAwait(false);
            }
            catch (DbUpdateException) when (attempt == 1)
            {
            }
        }
    }

    /// <summary>Detaches the attachment <paramref name="attachmentId"/> of the source <paramref name="sourceId"/>, saying why; the file's bytes and the attachment's history stay.</summary>
    /// <returns>The attachment as detached, or null when the source has no such attachment.</returns>
    /// <exception cref="ValidationFailedException">No reason, or one too long (field reason).</exception>
    /// <exception cref="DomainRuleException">It was already detached.</exception>
    public async Task<SourceFileView?> DetachAsync(Guid sourceId, Guid attachmentId, string? reason, CancellationToken cancellationToken = default)
    {
        var errors = new FieldErrors();
        var why = errors.Text("reason", reason, SourceFile.NoteLength, "Say why the file is detached from the source.");
        errors.ThrowIfAny();

        await using var context = database.CreateContext(actor.Name);
        var attachment = await context.SourceFiles.FirstOrDefaultAsync(f => f.Id == attachmentId && f.SourceId == sourceId, cancellationToken).ConfigureAwait(false);
        if (attachment is null)
        {
            return null;
        }

        attachment.Detach(actor.Name, clock.GetUtcNow(), why!);
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        var file = await context.EvidenceFiles.AsNoTracking().FirstAsync(f => f.Sha256 == attachment.Sha256, cancellationToken).ConfigureAwait(false);
        var title = await context.Sources.Where(s => s.Id == sourceId).Select(s => s.Title).FirstAsync(cancellationToken).ConfigureAwait(false);
        return SourceFileView.From(attachment, file, title);
    }

    private async Task<AttachedFile> SaveAsync(Guid sourceId, string fileName, string? description, StoredFile stored, string mediaType, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext(actor.Name);
        var title = await context.Sources.Where(s => s.Id == sourceId).Select(s => s.Title).FirstAsync(cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        var file = await context.EvidenceFiles.FirstOrDefaultAsync(f => f.Sha256 == stored.Sha256, cancellationToken).ConfigureAwait(false);
        var isNewFile = file is null;
        if (file is null)
        {
            file = new EvidenceFile(stored.Sha256, stored.Length, mediaType, actor.Name, now);
            context.EvidenceFiles.Add(file);
        }

        var existing = await context.SourceFiles
            .FirstOrDefaultAsync(f => f.SourceId == sourceId && f.Sha256 == stored.Sha256 && f.DetachedAt == null, cancellationToken).ConfigureAwait(false);
        if (existing is not null)
        {
            return new AttachedFile(SourceFileView.From(existing, file, title), IsNewAttachment: false, isNewFile);
        }

        var attachment = new SourceFile(Guid.Empty, sourceId, stored.Sha256, fileName, description, actor.Name, now);
        context.SourceFiles.Add(attachment);
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return new AttachedFile(SourceFileView.From(attachment, file, title), IsNewAttachment: true, isNewFile);
    }

    // The domain's own checks, on an attachment that is never saved.
    private void Check(Guid sourceId, string? fileName, string? description)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(fileName))
        {
            errors.Add("file", "The file needs a name, such as video.mp4.");
        }
        else
        {
            try
            {
                _ = new SourceFile(Guid.Empty, sourceId, new string('0', 64), fileName, description, actor.Name, clock.GetUtcNow());
            }
            catch (DomainRuleException e)
            {
                errors.Add(e.Rule == "file.text-length" ? "description" : "file", e.Sentence);
            }
        }

        errors.ThrowIfAny();
    }
}
