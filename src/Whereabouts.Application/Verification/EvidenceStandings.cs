using Microsoft.EntityFrameworkCore;
using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Application.Verification;

/// <summary>
/// Reads where the evidence of many sources stands at once (docs/adr/0029): each source's own
/// verification state and that of the files attached to it, turned into an <see cref="EvidenceCaution"/>.
/// </summary>
internal static class EvidenceStandings
{
    private const int SourcesPerQuery = 500;

    /// <summary>The standing of every source in <paramref name="sourceIds"/>; a source nobody checked and without files is <see cref="EvidenceStanding.Plain"/>.</summary>
    public static async Task<Dictionary<Guid, EvidenceStanding>> ReadAsync(
        WhereaboutsDbContext context, IEnumerable<Guid> sourceIds, CancellationToken cancellationToken)
    {
        var wanted = sourceIds.Distinct().ToList();
        var read = await ReadWithTitlesAsync(context, wanted, cancellationToken).ConfigureAwait(false);
        return wanted.ToDictionary(id => id, id => read.TryGetValue(id, out var titled) ? titled.Standing : EvidenceStanding.Plain);
    }

    /// <summary>
    /// The title and reliability of every source in <paramref name="sourceIds"/> with its standing,
    /// as <see cref="ReadAsync"/> gives it, read together: one statement for the sources, their
    /// attached files and their own verification steps, and one more only when a source has files.
    /// A source not found has no entry.
    /// </summary>
    /// <remarks>
    /// A dossier reads the titles of its sources on every view; their standing was four statements
    /// more (video or not, files, the sources' steps, the files' steps), each a round trip and EF's
    /// own work per statement, for sources that nearly always have no file and no step.
    /// </remarks>
    public static async Task<Dictionary<Guid, TitledStanding>> ReadWithTitlesAsync(
        WhereaboutsDbContext context, IReadOnlyCollection<Guid> sourceIds, CancellationToken cancellationToken)
    {
        var read = new Dictionary<Guid, TitledStanding>(sourceIds.Count);
        foreach (var chunk in sourceIds.Distinct().Chunk(SourcesPerQuery))
        {
            // One row per source, file and step (a cartesian product only for a source with both
            // files and steps, a handful of rows); AsSingleQuery keeps it one statement.
            var sources = await context.Sources.AsNoTracking().AsSingleQuery()
                .Where(s => chunk.Contains(s.Id))
                .Select(s => new
                {
                    s.Id,
                    s.Title,
                    s.Reliability,
                    IsVideo = s.Kind == SourceKind.Video,
                    Files = context.SourceFiles.Where(f => f.SourceId == s.Id && f.DetachedAt == null).Select(f => f.Sha256).ToList(),
                    Steps = context.VerificationSteps.Where(v => v.SourceId == s.Id).ToList(),
                })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            var fileStates = await FileStatesAsync(context, sources.SelectMany(s => s.Files), cancellationToken).ConfigureAwait(false);
            foreach (var source in sources)
            {
                var state = VerificationStep.StateAfter(source.Steps);
                var files = source.Files.Select(f => fileStates.GetValueOrDefault(f, VerificationState.Unverified)).ToList();
                read[source.Id] = new TitledStanding(source.Title, source.Reliability, new EvidenceStanding(state, Caution(state, source.IsVideo, files)));
            }
        }

        return read;
    }

    // The state of each file by its own verification steps; none read when there are no files.
    private static async Task<Dictionary<string, VerificationState>> FileStatesAsync(
        WhereaboutsDbContext context, IEnumerable<string> sha256s, CancellationToken cancellationToken)
    {
        var hashes = sha256s.Distinct(StringComparer.Ordinal).ToList();
        var fileSteps = hashes.Count == 0
            ? []
            : await context.VerificationSteps.AsNoTracking()
                .Where(s => s.FileSha256 != null && hashes.Contains(s.FileSha256))
                .ToListAsync(cancellationToken).ConfigureAwait(false);
        return fileSteps.GroupBy(s => s.FileSha256!, StringComparer.Ordinal).ToDictionary(g => g.Key, VerificationStep.StateAfter, StringComparer.Ordinal);
    }

    /// <summary>
    /// The caution a source calls for (docs/adr/0029): shown false or disputed when it or one of its
    /// files was found so; otherwise, for a video or a source with files, unverified until it and
    /// every file are verified; otherwise none.
    /// </summary>
    public static EvidenceCaution? Caution(VerificationState source, bool isVideo, IReadOnlyList<VerificationState> files)
    {
        if (source == VerificationState.ShownFalse || files.Contains(VerificationState.ShownFalse))
        {
            return EvidenceCaution.ShownFalse;
        }

        if (source == VerificationState.Disputed || files.Contains(VerificationState.Disputed))
        {
            return EvidenceCaution.Disputed;
        }

        var restsOnFiles = isVideo || files.Count > 0;
        var verified = source == VerificationState.Verified && files.All(f => f == VerificationState.Verified);
        return !restsOnFiles || verified ? null
            : isVideo ? EvidenceCaution.UnverifiedVideo
            : EvidenceCaution.UnverifiedFile;
    }
}
