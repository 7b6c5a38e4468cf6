using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Identities;
using Whereabouts.Application.Linkage;
using Whereabouts.Application.Lists;
using Whereabouts.Domain;
using Whereabouts.Linkage;
using Whereabouts.Linkage.Records;
using Whereabouts.Linkage.Settings;
using Whereabouts.Storage;
using Whereabouts.Storage.Search;

namespace Whereabouts.Application.Persons;

/// <summary>
/// Asks the linkage engine, before a person is registered, which registry records are likely to be
/// that person: the same comparison as a list import and the duplicate search (names in any script,
/// birth date, birth place), for one record. "Айк Геворгян, 2002" finds "Hayk Gevorgyan, ~2002".
/// </summary>
internal static class DuplicateCheck
{
    // A caseworker reads the likeliest few; more would hide the one that matters.
    private const int MaxCandidates = 5;

    // Up to this size the whole registry is compared (well under a second). A larger registry is
    // represented by the records that share a name key with the new person (the search index finds
    // them across scripts) and a fixed sample of the rest, from which the model learns how common
    // agreement is by chance: a registration must not cost a deduplication of a million people.
    private const int WholeRegistryUpTo = 4_000;
    private const int Sample = 3_000;
    private const int MaxNamesakes = 2_000;

    /// <summary>The records at or above the review threshold, likeliest first; none when the registry is empty.</summary>
    public static async Task<IReadOnlyList<DuplicateCandidate>> FindAsync(
        WhereaboutsDbContext context, PersonName name, PartialDate? birthDate, Guid? birthPlaceId, CancellationToken cancellationToken) =>
        await FindAsync(context, name, birthDate, birthPlaceId, WholeRegistryUpTo, Sample, cancellationToken).ConfigureAwait(false);

    /// <summary>As <see cref="FindAsync(WhereaboutsDbContext, PersonName, PartialDate?, Guid?, CancellationToken)"/>, with
    /// the size up to which the whole registry is compared and the sample of a larger one.</summary>
    internal static async Task<IReadOnlyList<DuplicateCandidate>> FindAsync(
        WhereaboutsDbContext context, PersonName name, PartialDate? birthDate, Guid? birthPlaceId, int wholeRegistryUpTo, int sample, CancellationToken cancellationToken)
    {
        var compared = await ComparedAsync(context, name, wholeRegistryUpTo, sample, cancellationToken).ConfigureAwait(false);
        var registry = await RegistryRecords.LoadAsync(context, compared, cancellationToken).ConfigureAwait(false);
        if (registry.Table.Count == 0)
        {
            return [];
        }

        var birthPlace = birthPlaceId is { } placeId
            ? (await context.Places.AsNoTracking().FirstOrDefaultAsync(p => p.Id == placeId, cancellationToken).ConfigureAwait(false))?.PrimaryName.Text
            : null;
        // The new record is compared within the registry, as the duplicate search compares the
        // registry with itself: the model learns from the whole registry, which one record alone
        // (linked as a list of one) is too little for.
        var table = new RecordTable(
            "registry and the new person",
            RegistryRecords.Columns,
            "id",
            [.. registry.Table.Rows, ["new", name.GivenName, name.FamilyName, name.Patronymic, RegistryRecords.Format(birthDate), birthPlace]]);
        var entered = registry.Table.Count;
        var settings = LinkageSettings.ForPersonLists(RegistryRecords.Columns) with { Threshold = DuplicateSearch.ReviewFrom };
        var result = new Linker(settings).Deduplicate(table, cancellationToken: cancellationToken);
        var best = result.Matches
            .Where(m => m.Left == entered || m.Right == entered)
            .Select(m => m.Left == entered ? m : m with { Left = m.Right, Right = m.Left })
            .GroupBy(m => registry.PersonOfRow[m.Right])
            .Select(forms => forms.MaxBy(m => m.Probability))
            .OrderByDescending(m => m.Probability)
            .Take(MaxCandidates)
            .ToList();
        if (best.Count == 0)
        {
            return [];
        }

        var ids = best.Select(m => registry.PersonOfRow[m.Right]).ToList();
        var people = await context.People.AsNoTracking().AsSplitQuery().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken).ConfigureAwait(false);
        return [.. best.Select(m =>
        {
            var person = people[registry.PersonOfRow[m.Right]];
            return new DuplicateCandidate(
                person.Id,
                person.PrimaryName.FullName,
                person.BirthDate?.Year,
                person.Side,
                Math.Clamp(m.Probability, 0, 1),
                m.Weight,
                ExplanationJson.Fields(result.Explain(m.Left, m.Right)));
        })];
    }

    // The records the new person is compared with: all of a small registry, or in a large one the
    // namesakes (any word of the name by its keys) and a sample ordered by id (ids are random, so the
    // first ones by id are a fair sample that stays the same from one registration to the next).
    private static async Task<IReadOnlyCollection<Guid>?> ComparedAsync(
        WhereaboutsDbContext context, PersonName name, int wholeRegistryUpTo, int sample, CancellationToken cancellationToken)
    {
        if (await context.People.CountAsync(cancellationToken).ConfigureAwait(false) <= wholeRegistryUpTo)
        {
            return null;
        }

        var keys = new[] { name.GivenName, name.FamilyName, name.Patronymic }
            .Where(part => part is not null)
            .SelectMany(part => part!.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .SelectMany(PersonIndexer.KeysOfQueryWord)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        // Those sharing most words first, so that among a common surname's thousands the ones with
        // the same given name too are kept.
        var namesakes = await context.PersonNameKeys.AsNoTracking()
            .Where(k => keys.Contains(k.Key))
            .GroupBy(k => k.PersonId)
            .Select(g => new { PersonId = g.Key, Shared = g.Count() })
            .OrderByDescending(p => p.Shared).ThenBy(p => p.PersonId)
            .Take(MaxNamesakes)
            .Select(p => p.PersonId)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var sampled = await context.People.AsNoTracking()
            .OrderBy(p => p.Id).Select(p => p.Id).Take(sample)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return namesakes.Concat(sampled).ToHashSet();
    }

    /// <summary>
    /// Records that the new person is not any of the candidates shown: a "not the same" judgement on
    /// each pair, so that neither the duplicate search nor a later registration proposes them again.
    /// </summary>
    public static void RecordDifferent(
        WhereaboutsDbContext context, Guid newPersonId, IReadOnlyList<DuplicateCandidate> candidates, string actor, DateTimeOffset at)
    {
        foreach (var candidate in candidates)
        {
            var pair = new PersonPair(Guid.Empty, newPersonId, candidate.PersonId, PairOrigin.Registration, candidate.Probability, candidate.Weight);
            pair.Judge(
                MatchDecision.NotSame,
                actor,
                at,
                string.Create(CultureInfo.InvariantCulture, $"registered as a different person although the engine found a match probability of {candidate.Probability:0.0000}"));
            context.PersonPairs.Add(pair);
        }
    }
}
