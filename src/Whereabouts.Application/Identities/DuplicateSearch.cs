using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Common;
using Whereabouts.Application.Linkage;
using Whereabouts.Application.Lists;
using Whereabouts.Domain;
using Whereabouts.Linkage;
using Whereabouts.Linkage.Settings;
using Whereabouts.Storage;

namespace Whereabouts.Application.Identities;

/// <summary>
/// Searches the whole registry for records that may be one person (deduplication: the linkage
/// engine compares the registry with itself, every name form of every record) and proposes each
/// likely pair to a reviewer as a pending <see cref="PersonPair"/> with the engine's explanation.
/// </summary>
/// <remarks>
/// Nothing is joined here: a reviewer decides every pair. Pairs already known (pending, judged,
/// or undone) are not proposed again, so a pair judged "not the same" stays decided and running
/// the search twice adds nothing twice; records already of one identity are not paired.
/// </remarks>
public sealed class DuplicateSearch(WhereaboutsDatabase database, ICurrentActor actor)
{
    /// <summary>The match probability from which two records are put to a reviewer (as for a list's rows).</summary>
    public const double ReviewFrom = 0.5;

    /// <summary>Runs the search and saves the new pairs in one transaction.</summary>
    /// <param name="progress">Where a long run is (the engine's stages, then "saving").</param>
    /// <param name="cancellationToken">Cancels the work; nothing is saved then.</param>
    /// <returns>What was compared and proposed.</returns>
    public async Task<DuplicateSearchReport> FindAsync(IProgress<LinkageProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        progress?.Report(new LinkageProgress("loading", 0, 0));
        await using var context = database.CreateContext(actor.Name);
        var registry = await RegistryRecords.LoadAsync(context, cancellationToken).ConfigureAwait(false);
        var people = registry.PersonOfRow.Distinct().Count();
        if (people < 2)
        {
            return new DuplicateSearchReport(people, 0, 0, 0, stopwatch.Elapsed.TotalSeconds);
        }

        var identities = await context.People.AsNoTracking()
            .Where(p => p.IdentityId != p.Id)
            .Select(p => new { p.Id, p.IdentityId })
            .ToDictionaryAsync(p => p.Id, p => p.IdentityId, cancellationToken).ConfigureAwait(false);
        var known = (await context.PersonPairs.AsNoTracking()
                .Select(p => new { p.FirstPersonId, p.SecondPersonId })
                .ToListAsync(cancellationToken).ConfigureAwait(false))
            .Select(p => (p.FirstPersonId, p.SecondPersonId))
            .ToHashSet();

        var settings = LinkageSettings.ForPersonLists(RegistryRecords.Columns) with { Threshold = ReviewFrom };
        var result = new Linker(settings).Deduplicate(registry.Table, progress, cancellationToken);
        Guid IdentityOf(Guid person) => identities.TryGetValue(person, out var identity) ? identity : person;

        // Matches come best first, so the first row pair met for two records is their best.
        var proposed = new Dictionary<(Guid, Guid), ScoredPair>();
        var alreadyKnown = new HashSet<(Guid, Guid)>();
        foreach (var match in result.Matches)
        {
            var (a, b) = (registry.PersonOfRow[match.Left], registry.PersonOfRow[match.Right]);
            if (a == b || IdentityOf(a) == IdentityOf(b))
            {
                continue;
            }

            var key = PersonPair.Order(a, b);
            if (known.Contains(key))
            {
                alreadyKnown.Add(key);
                continue;
            }

            // The explanation reads left to right as the pair does: the first record's row on the left.
            var oriented = a == key.First ? match : match with { Left = match.Right, Right = match.Left };
            proposed.TryAdd(key, oriented);
        }

        progress?.Report(new LinkageProgress("saving", 0, proposed.Count));
        foreach (var ((first, second), match) in proposed)
        {
            context.PersonPairs.Add(new PersonPair(
                Guid.Empty,
                first,
                second,
                PairOrigin.DuplicateSearch,
                Math.Clamp(match.Probability, 0, 1),
                match.Weight,
                ExplanationJson.Serialize(result.Explain(match.Left, match.Right))));
        }

        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        progress?.Report(new LinkageProgress("saving", proposed.Count, proposed.Count));
        return new DuplicateSearchReport(people, result.CandidatePairs, proposed.Count, alreadyKnown.Count, stopwatch.Elapsed.TotalSeconds);
    }
}
