using Microsoft.EntityFrameworkCore;
using Whereabouts.Linkage;
using Whereabouts.Storage;
using Whereabouts.Storage.Files;

namespace Whereabouts.Application.Files;

/// <summary>Rechecks every file the registry records against its SHA-256 and names what is missing, altered or orphaned.</summary>
public sealed class FileVerification(WhereaboutsDatabase database, FileStore store)
{
    /// <summary>The stage name reported to <c>progress</c>.</summary>
    public const string Stage = "files";

    /// <summary>Reads every recorded file again (all of its bytes) and compares its hash with its name; then lists the store's files that no record names.</summary>
    public async Task<FileVerificationReport> VerifyAsync(IProgress<LinkageProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        List<string> recorded;
        await using (var context = database.CreateContext())
        {
            recorded = await context.EvidenceFiles.AsNoTracking().Select(f => f.Sha256).ToListAsync(cancellationToken).ConfigureAwait(false);
        }

        recorded.Sort(StringComparer.Ordinal);
        var missing = new List<string>();
        var altered = new List<string>();
        for (var i = 0; i < recorded.Count; i++)
        {
            progress?.Report(new LinkageProgress(Stage, i, recorded.Count));
            switch (await store.CheckAsync(recorded[i], cancellationToken).ConfigureAwait(false))
            {
                case FileCondition.Missing:
                    missing.Add(recorded[i]);
                    break;
                case FileCondition.Altered:
                    altered.Add(recorded[i]);
                    break;
                case FileCondition.Intact:
                    break;
                default:
                    throw new InvalidOperationException("Unknown file condition.");
            }
        }

        progress?.Report(new LinkageProgress(Stage, recorded.Count, recorded.Count));
        var known = recorded.ToHashSet(StringComparer.Ordinal);
        var orphans = store.Hashes().Where(h => !known.Contains(h)).Order(StringComparer.Ordinal).ToList();
        return new FileVerificationReport(recorded.Count, missing, altered, orphans);
    }
}
