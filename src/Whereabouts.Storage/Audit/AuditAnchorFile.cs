using System.Globalization;

namespace Whereabouts.Storage.Audit;

/// <summary>
/// A file of anchors, one <c>SEQ:HASH</c> a line followed by when it was written, as the web app
/// keeps it (<c>Whereabouts:Audit:AnchorFile</c>) and <c>audit verify --anchor-file</c> reads it.
/// It is worth most on storage the database's administrators cannot rewrite (another machine, an
/// append-only mount).
/// </summary>
public static class AuditAnchorFile
{
    /// <summary>
    /// Appends the log's head to <paramref name="file"/> (creating it and its folder) unless the
    /// log is empty or the file's last line holds that head already. Returns the head appended, or null.
    /// </summary>
    public static async Task<AuditAnchor?> AppendHeadAsync(WhereaboutsDbContext context, string file, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentException.ThrowIfNullOrWhiteSpace(file);
        if (await AuditAnchor.ReadHeadAsync(context, cancellationToken).ConfigureAwait(false) is not { } head)
        {
            return null;
        }

        var path = Path.GetFullPath(file);
        if (File.Exists(path))
        {
            var last = (await File.ReadAllLinesAsync(path, cancellationToken).ConfigureAwait(false)).LastOrDefault(l => !string.IsNullOrWhiteSpace(l));
            if (AuditAnchor.TryParse(last, out var written) && written == head)
            {
                return null;
            }
        }
        else
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        }

        var line = string.Create(CultureInfo.InvariantCulture, $"{head} {now.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}{Environment.NewLine}");
        await File.AppendAllTextAsync(path, line, cancellationToken).ConfigureAwait(false);
        return head;
    }
}
