using Microsoft.EntityFrameworkCore;
using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Application.Files;

/// <summary>Reads the files attached to sources: a source's files, and a file by its hash with every source it is attached to.</summary>
public sealed class FileReader(WhereaboutsDatabase database)
{
    /// <summary>The files attached to the source, oldest first, or null when there is no such source.</summary>
    /// <param name="sourceId">The source.</param>
    /// <param name="includeDetached">Whether attachments since detached are included (with who detached them, when and why).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async Task<IReadOnlyList<SourceFileView>?> ForSourceAsync(Guid sourceId, bool includeDetached = false, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var title = await context.Sources.Where(s => s.Id == sourceId).Select(s => s.Title).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (title is null)
        {
            return null;
        }

        var rows = await (
                from attachment in context.SourceFiles.AsNoTracking()
                join file in context.EvidenceFiles.AsNoTracking() on attachment.Sha256 equals file.Sha256
                where attachment.SourceId == sourceId && (includeDetached || attachment.DetachedAt == null)
                select new { attachment, file })
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        // Ordered here: SQLite cannot order by a moment with its offset.
        return [.. rows.OrderBy(r => r.attachment.AttachedAt).Select(r => SourceFileView.From(r.attachment, r.file, title))];
    }

    /// <summary>The file with <paramref name="sha256"/> (in either case) and its attachments, or null when the registry keeps no such file.</summary>
    public async Task<EvidenceFileView?> FindAsync(string? sha256, CancellationToken cancellationToken = default)
    {
        if (!EvidenceFile.IsHash(sha256))
        {
            return null;
        }

        var hash = EvidenceFile.Hash(sha256);
        await using var context = database.CreateContext();
        var file = await context.EvidenceFiles.AsNoTracking().FirstOrDefaultAsync(f => f.Sha256 == hash, cancellationToken).ConfigureAwait(false);
        if (file is null)
        {
            return null;
        }

        var rows = await (
                from attachment in context.SourceFiles.AsNoTracking()
                join source in context.Sources.AsNoTracking() on attachment.SourceId equals source.Id
                where attachment.Sha256 == hash
                select new { attachment, source.Title })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new EvidenceFileView(
            file.Sha256,
            file.Length,
            file.MediaType,
            file.AddedBy,
            file.AddedAt,
            [.. rows.OrderBy(r => r.attachment.AttachedAt).Select(r => SourceFileView.From(r.attachment, file, r.Title))]);
    }
}
