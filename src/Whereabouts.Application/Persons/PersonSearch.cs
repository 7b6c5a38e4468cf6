using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Common;
using Whereabouts.Domain;
using Whereabouts.Storage;
using Whereabouts.Storage.Search;

namespace Whereabouts.Application.Persons;

/// <summary>
/// Finds people by name across scripts and spellings: every searched word is turned into the
/// linkage engine's name keys (as a given name, a family name and a patronymic) and must match a
/// key of one of the person's name forms, exactly or, for keys of three letters or more, as the
/// start of a key (so "Harut" finds Harutyunyan while it is being typed). Арутюнян, Harutiunian
/// and Հարությունյան all find Harutyunyan. When the words as spelled find few people, people found
/// by a spelling one letter off (<see cref="NearSpellings"/>) follow them, each saying which word
/// was near.
/// </summary>
/// <remarks>
/// <para>Records judged one person are one identity and are listed once, under the identity's
/// index entry (whose fate is derived over all of them); a search finds it by any record's names.</para>
/// <para>The cost of a search follows the page, not the registry (docs/adr/0021). The key
/// vocabulary (<see cref="PersonNameKeyCount"/>) first says which keys each word stands for and how
/// many rows carry them. The rarest word drives: for each of its keys the key index yields rows
/// already in name order, so a page is the first rows of a few ordered index ranges, merged; the
/// other words and the filters are checked on those rows only. A total above
/// <see cref="ExactCountLimit"/> is estimated instead of counted: from the vocabulary for one word,
/// from a sample of the driving word's rows otherwise, and marked as an estimate.</para>
/// <para>These reads are fixed-shape SQL (<see cref="PersonSearchSql"/>), not LINQ: at a million
/// people, building and materialising LINQ queries of varying shape cost more CPU than the database
/// spent answering them.</para>
/// </remarks>
public sealed class PersonSearch(WhereaboutsDatabase database)
{
    private const int MaxWords = 6;

    // A prefix standing for more keys than this is read as one key range (sorted in the database)
    // rather than as one ordered index range per key.
    private const int MaxKeysPerPrefix = 40;

    // Totals up to this many key rows are counted; above, estimated.
    private const int ExactCountLimit = 1_000;

    // Rows of the driving word sampled (in id order, which is random) to estimate a total.
    private const int EstimateSample = 500;

    // Near spellings are added when the words as spelled find at most this many people...
    private const int NearThreshold = 50;

    // ...and at most this many are added.
    private const int MaxNearMatches = 500;

    // Two words are read as their pairs of keys when they make at most this many pairs (one
    // statement of look-ups); more (two words with many near spellings each) are read word by word.
    private const int MaxPairs = 1_000;

    // Pairs found up to this many are each an ordered index range of their own (a merge of short
    // ranges); past it, one range of them all, sorted.
    private const int MaxPairStreams = 40;

    /// <summary>One page of the people matching <paramref name="criteria"/>, in name order (near spellings after).</summary>
    public async Task<PagedList<PersonListItem>> RunAsync(PersonSearchCriteria criteria, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        var (page, pageSize) = Paging.Normalise(criteria.Page, criteria.PageSize);
        await using var context = database.CreateContext();

        var text = criteria.Text?.Trim() ?? string.Empty;
        if (Guid.TryParse(text, out var id))
        {
            // The id of any record of an identity finds the identity.
            var identity = context.PersonIndex.Where(e => e.PersonId == id).Select(e => e.IdentityId);
            return await FromIndexAsync(context, Filtered(context, criteria).Where(e => identity.Contains(e.PersonId)), page, pageSize, cancellationToken).ConfigureAwait(false);
        }

        var words = Words(text).Select(SearchWord.Parse).OfType<SearchWord>().ToList();
        if (words.Count == 0)
        {
            return await FromIndexAsync(context, Filtered(context, criteria), page, pageSize, cancellationToken).ConfigureAwait(false);
        }

        // One connection for the search's few statements (PersonSearchSql), closed with the context.
        await context.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var sql = new PersonSearchSql(context);
        var vocabulary = await sql.VocabularyAsync(
            [.. words.SelectMany(w => w.Exact)], [.. words.SelectMany(w => w.Prefixes).Distinct(StringComparer.Ordinal).Select(Range)], cancellationToken).ConfigureAwait(false);
        var sets = words.Select(w => WordKeys.Resolve(w, vocabulary)).ToList();
        var search = new KeySearch(sql, FilterOf(criteria), cancellationToken);
        var found = sets.All(s => s.Rows > 0)
            ? await search.PageAsync(sets, (page - 1) * pageSize, pageSize).ConfigureAwait(false)
            : new Found([], 0, false);

        if (criteria.NearSpellings && !found.IsEstimate && found.Total <= NearThreshold)
        {
            // The first page of exact matches, when it holds them all, is all NearAsync needs of them.
            var near = await NearAsync(sql, search, words, sets, page == 1 ? found : found with { Ids = [] }, cancellationToken).ConfigureAwait(false);
            if (near is not null)
            {
                var ids = near.Ids.Skip((page - 1) * pageSize).Take(pageSize).ToList();
                var nearWords = await NearWordsAsync(sql, words, [.. ids.Where(i => !near.Exact.Contains(i))], cancellationToken).ConfigureAwait(false);
                return await PageOfAsync(sql, ids, nearWords, page, pageSize, near.Ids.Count, near.Capped, cancellationToken).ConfigureAwait(false);
            }
        }

        return await PageOfAsync(sql, found.Ids, new Dictionary<Guid, List<string>>(), page, pageSize, found.Total, found.IsEstimate, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<PagedList<PersonListItem>> PageOfAsync(
        PersonSearchSql sql, List<Guid> ids, Dictionary<Guid, List<string>> nearWords, int page, int pageSize, int total, bool estimate, CancellationToken cancellationToken)
    {
        var rows = await sql.EntriesAsync(ids, cancellationToken).ConfigureAwait(false);
        var items = new List<PersonListItem>(ids.Count);
        foreach (var id in ids)
        {
            if (rows.TryGetValue(id, out var e))
            {
                items.Add(new PersonListItem(e.PersonId, e.DisplayName, e.Side, e.Fate, e.IsContested, e.BirthYear, e.IsInvented, nearWords.GetValueOrDefault(id)));
            }
        }

        return new PagedList<PersonListItem>(items, page, pageSize, estimate ? RoundEstimate(total) : total) { TotalIsEstimate = estimate };
    }

    // Two significant digits: "about 21,000" says what an estimate can honestly say.
    private static int RoundEstimate(int total)
    {
        if (total < 100)
        {
            return total;
        }

        var unit = (int)Math.Pow(10, Math.Floor(Math.Log10(total)) - 1);
        return (int)Math.Round(total / (double)unit, MidpointRounding.AwayFromZero) * unit;
    }

    // Every identity the words find as spelled (there are few), then those found only when near
    // spellings are allowed, in name order after them. Null when no word has a near spelling in
    // the registry.
    private static async Task<NearFound?> NearAsync(
        PersonSearchSql sql, KeySearch search, List<SearchWord> words, List<WordKeys> sets, Found found, CancellationToken cancellationToken)
    {
        var exactTotal = found.Total;
        var variants = new Dictionary<SearchWord, HashSet<string>>();
        foreach (var word in words)
        {
            var keys = NearKeyCache.Of(word.Text).ToHashSet(StringComparer.Ordinal);
            keys.RemoveWhere(word.Matches);
            variants[word] = keys;
        }

        var wanted = variants.Values.SelectMany(v => v).Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0)
        {
            return null;
        }

        var present = await sql.VocabularyAsync(wanted, [], cancellationToken).ConfigureAwait(false);
        if (present.Count == 0)
        {
            return null;
        }

        var exact = exactTotal == 0 ? []
            : found.Ids.Count == exactTotal ? found.Ids
            : (await search.PageAsync(sets, 0, NearThreshold + 1).ConfigureAwait(false)).Ids;
        var widened = sets.Select((set, i) => set.With(variants[words[i]].Where(present.ContainsKey), present)).ToList();

        // The first rows in name order up to one past the cap say how many there are (no count
        // of a total the list never shows past the cap).
        var all = await search.FirstIdsAsync(widened, exact.Count + MaxNearMatches + 1).ConfigureAwait(false);
        var exactIds = exact.ToHashSet();
        var near = all.Where(i => !exactIds.Contains(i)).ToList();
        var capped = near.Count > MaxNearMatches;
        near = near.Take(MaxNearMatches).ToList();
        return new NearFound([.. exact, .. near], exactIds, capped);
    }

    // Which words found each near match only through a near spelling: asked for the page's near matches alone.
    private static async Task<Dictionary<Guid, List<string>>> NearWordsAsync(PersonSearchSql sql, List<SearchWord> words, List<Guid> near, CancellationToken cancellationToken)
    {
        var nearWords = new Dictionary<Guid, List<string>>();
        if (near.Count == 0)
        {
            return nearWords;
        }

        var keysOf = await sql.KeysOfAsync(near, cancellationToken).ConfigureAwait(false);
        foreach (var group in keysOf.GroupBy(k => k.IdentityId))
        {
            nearWords[group.Key] = [.. words.Where(w => !group.Any(k => w.Matches(k.Key))).Select(w => w.Text)];
        }

        return nearWords;
    }

    private static async Task<PagedList<PersonListItem>> FromIndexAsync(
        WhereaboutsDbContext context, IQueryable<PersonIndexEntry> query, int page, int pageSize, CancellationToken cancellationToken)
    {
        var items = await query
            .OrderBy(e => e.SortName).ThenBy(e => e.PersonId)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(e => new PersonListItem(e.PersonId, e.DisplayName, e.Side, e.Fate, e.IsContested, e.BirthYear, e.IsInvented, null))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var total = page == 1 && items.Count < pageSize ? items.Count : await query.CountAsync(cancellationToken).ConfigureAwait(false);
        return new PagedList<PersonListItem>(items, page, pageSize, total);
    }

    // The filters as the search index's SQL reads them; null when there are none.
    private static IndexFilter? FilterOf(PersonSearchCriteria criteria)
    {
        if (criteria.Fate is null && criteria.Side is null && criteria.IncidentId is null && criteria.Contested is null)
        {
            return null;
        }

        var (side, noSide) = SideOf(criteria.Side);
        return new IndexFilter(criteria.Fate, side, noSide, criteria.IncidentId, criteria.Contested);
    }

    // "unknown" (the former enum's member) asks for the people of no recorded party; a slug is
    // read in any case, so that ?side=Armenian keeps working.
    private static (string? Slug, bool NoSide) SideOf(string? side) =>
        side is null ? (null, false)
        : string.Equals(side.Trim(), "unknown", StringComparison.OrdinalIgnoreCase) ? (null, true)
        : (Party.IsSlug(side) ? Party.NormalizeSlug(side) : side, false);

    // Only identities' entries: a record joined to another is listed under the identity's entry.
    private static IQueryable<PersonIndexEntry> Filtered(WhereaboutsDbContext context, PersonSearchCriteria criteria)
    {
        var query = context.PersonIndex.AsNoTracking().Where(e => e.PersonId == e.IdentityId);
        if (criteria.Fate is { } fate)
        {
            query = query.Where(e => e.Fate == fate);
        }

        var (slug, noSide) = SideOf(criteria.Side);
        if (noSide)
        {
            query = query.Where(e => e.Side == null);
        }
        else if (slug is not null)
        {
            query = query.Where(e => e.Side == slug);
        }

        if (criteria.IncidentId is { } incident)
        {
            var records = context.FateAssertions.Where(a => a.IncidentId == incident).Select(a => EF.Property<Guid>(a, "PersonId"));
            var involved = context.PersonIndex.Where(e => records.Contains(e.PersonId)).Select(e => e.IdentityId);
            query = query.Where(e => involved.Contains(e.PersonId));
        }

        if (criteria.Contested is { } contested)
        {
            query = query.Where(e => e.IsContested == contested);
        }

        return query;
    }

    private static IEnumerable<string> Words(string text) =>
        text.Split([' ', ',', ';', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Take(MaxWords);

    // Every key beginning with the prefix.
    private static KeyRange Range(string prefix) => new(prefix, SearchWord.After(prefix));

    // The keys one word stands for in this registry: single keys (each an ordered index range of
    // its own) and, for a prefix that stands for many, the prefix's whole range; with the rows they carry.
    private sealed class WordKeys
    {
        private WordKeys(List<string> keys, List<(string Prefix, long Rows)> ranges, Dictionary<string, int> vocabulary)
        {
            Keys = keys;
            Ranges = ranges;
            Vocabulary = vocabulary;
            Rows = keys.Sum(k => (long)vocabulary[k]) + ranges.Sum(r => r.Rows);
        }

        public List<string> Keys { get; }

        public List<(string Prefix, long Rows)> Ranges { get; }

        public long Rows { get; }

        private Dictionary<string, int> Vocabulary { get; }

        public static WordKeys Resolve(SearchWord word, Dictionary<string, int> vocabulary)
        {
            var keys = word.Exact.Where(vocabulary.ContainsKey).ToList();
            var ranges = new List<(string, long)>();
            foreach (var prefix in word.Prefixes)
            {
                var under = vocabulary.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).ToList();
                if (under.Count > MaxKeysPerPrefix)
                {
                    ranges.Add((prefix, under.Sum(k => (long)vocabulary[k])));
                }
                else
                {
                    keys.AddRange(under);
                }
            }

            return new WordKeys([.. keys.Distinct(StringComparer.Ordinal)], ranges, vocabulary);
        }

        public WordKeys With(IEnumerable<string> more, Dictionary<string, int> present)
        {
            var added = more.Where(k => !Keys.Contains(k, StringComparer.Ordinal)).ToList();
            var vocabulary = new Dictionary<string, int>(Vocabulary, StringComparer.Ordinal);
            foreach (var key in added)
            {
                vocabulary[key] = present[key];
            }

            return new WordKeys([.. Keys, .. added], Ranges, vocabulary);
        }

        // One ordered index range each, with the rows it carries.
        public List<(KeyCondition Condition, long Rows)> Streams() =>
            [.. Keys.Select(k => (KeyCondition.Of(k) with { Rows = Vocabulary[k] }, (long)Vocabulary[k])), .. Ranges.Select(r => (KeyCondition.Of(Range(r.Prefix)) with { Rows = r.Rows }, r.Rows))];

        // The whole word as one condition.
        public KeyCondition Condition() => new(Keys, [.. Ranges.Select(r => Range(r.Prefix))]) { Rows = Rows };
    }

    // The reads over the key rows for one search.
    private sealed class KeySearch(PersonSearchSql sql, IndexFilter? filter, CancellationToken cancellationToken)
    {
        // The first identities in name order, with no total.
        public async Task<List<Guid>> FirstIdsAsync(List<WordKeys> sets, int wanted)
        {
            var plan = await PlanAsync(sets).ConfigureAwait(false);
            if (plan.Rows == 0)
            {
                return [];
            }

            return await FirstAsync(plan, wanted).ConfigureAwait(false);
        }

        public async Task<Found> PageAsync(List<WordKeys> sets, int skip, int take)
        {
            var plan = await PlanAsync(sets).ConfigureAwait(false);
            if (plan.Rows == 0)
            {
                return new Found([], 0, false);
            }

            var ids = await FirstAsync(plan, skip + take).ConfigureAwait(false);
            var page = ids.Skip(skip).Take(take).ToList();

            // Most searches fit on their first page, whose length is then the total.
            if (skip == 0 && ids.Count < take)
            {
                return new Found(page, ids.Count, false);
            }

            if (plan.Rows <= ExactCountLimit)
            {
                var count = await sql.CountAsync(plan.Driver, plan.Checks, filter, plan.Source, cancellationToken).ConfigureAwait(false);
                return new Found(page, count, false);
            }

            if (plan.Checks.Count == 0 && filter is null)
            {
                return new Found(page, Math.Max(ids.Count, (int)Math.Min(int.MaxValue, plan.Rows)), true);
            }

            // Key rows in id order are a random sample of a key's rows (ids are random); each of
            // the driving word's ranges is sampled in proportion to its rows, each read in the
            // order of its own index, so no range is sorted whole.
            var streams = plan.Streams;
            var takes = streams.Select(s => (s.Condition, (int)Math.Ceiling(EstimateSample * (double)s.Rows / plan.Rows))).ToList();
            var sampled = await sql.SampleAsync(takes, plan.Checks, filter, plan.Source, cancellationToken).ConfigureAwait(false);
            var estimate = 0d;
            for (var i = 0; i < streams.Count; i++)
            {
                if (sampled[i].Taken > 0)
                {
                    estimate += streams[i].Rows * (double)sampled[i].Passed / sampled[i].Taken;
                }
            }

            return new Found(page, Math.Max(ids.Count, (int)Math.Min(int.MaxValue, Math.Round(estimate))), true);
        }

        // How the words are read: the rarest word's keys, each other word tested per identity; or,
        // when the two rarest words that are whole keys (no typed prefix) share no key and make
        // few enough pairs, the identities that have a pair of them, read in name order from the
        // pairs' index (docs/adr/0021), the other words tested per identity. Two common names
        // together (a given name on 33,000 people, a family name on 60,000) are then a range of
        // the few hundred who have both, not one name's rows tested against the other's.
        private async Task<Plan> PlanAsync(List<WordKeys> sets)
        {
            var driver = sets.MinBy(s => s.Rows)!;
            var keyed = new Plan(driver.Streams(), driver.Condition(), driver.Rows, [.. sets.Where(s => s != driver).Select(s => s.Condition())], KeySource.Keys);
            var whole = sets.Where(s => s.Ranges.Count == 0).OrderBy(s => s.Rows).Take(2).ToList();
            if (driver.Rows == 0 || whole.Count < 2
                || (long)whole[0].Keys.Count * whole[1].Keys.Count > MaxPairs
                || whole[0].Keys.Intersect(whole[1].Keys, StringComparer.Ordinal).Any())
            {
                return keyed;
            }

            var pairs = whole[0].Keys.SelectMany(one => whole[1].Keys.Select(other => PersonNamePair.Of(one, other))).ToList();
            var counts = await sql.PairCountsAsync(pairs, cancellationToken).ConfigureAwait(false);
            var present = pairs.Where(counts.ContainsKey).Distinct(StringComparer.Ordinal).ToList();
            var rows = present.Sum(p => (long)counts[p]);
            var condition = new KeyCondition(present, []) { Rows = rows };
            List<(KeyCondition, long)> streams = present.Count <= MaxPairStreams
                ? [.. present.Select(p => (KeyCondition.Of(p) with { Rows = counts[p] }, (long)counts[p]))]
                : [(condition, rows)];
            return new Plan(streams, condition, rows, [.. sets.Where(s => !whole.Contains(s)).Select(s => s.Condition())], KeySource.Pairs);
        }

        // The first identities in name order: the first rows of each of the driving word's ordered
        // index ranges, merged by the database. An identity can own several rows of a range (its
        // records, or two keys of one word), so a range that filled its limit may hide identities
        // past its last row; the rows are trusted up to the earliest such point, and the limit is
        // doubled when that is not enough.
        private async Task<List<Guid>> FirstAsync(Plan plan, int wanted)
        {
            var conditions = plan.Streams.Select(s => s.Condition).ToList();
            var limit = wanted;
            while (true)
            {
                var merged = await sql.FirstRowsAsync(conditions, plan.Checks, filter, limit, plan.Source, cancellationToken).ConfigureAwait(false);

                // Where the earliest range that filled its limit ends.
                var counts = new int[conditions.Count];
                var last = new int[conditions.Count];
                for (var i = 0; i < merged.Count; i++)
                {
                    counts[merged[i].Stream]++;
                    last[merged[i].Stream] = i;
                }

                var cut = int.MaxValue;
                for (var s = 0; s < conditions.Count; s++)
                {
                    if (counts[s] >= limit)
                    {
                        cut = Math.Min(cut, last[s]);
                    }
                }

                var ids = new List<Guid>();
                var seen = new HashSet<Guid>();
                var trusted = true;
                for (var i = 0; i < merged.Count; i++)
                {
                    if (seen.Add(merged[i].IdentityId))
                    {
                        ids.Add(merged[i].IdentityId);
                    }

                    if (i == cut)
                    {
                        trusted = ids.Count >= wanted;
                        break;
                    }
                }

                if (trusted || limit >= wanted * 16)
                {
                    return ids.Take(wanted).ToList();
                }

                limit *= 2;
            }
        }
    }

    private sealed record Found(List<Guid> Ids, int Total, bool IsEstimate);

    // The streams read in name order (one ordered index range each, with its rows), the whole
    // driving condition and its rows, the words tested per identity, and the rows read from.
    private sealed record Plan(List<(KeyCondition Condition, long Rows)> Streams, KeyCondition Driver, long Rows, List<KeyCondition> Checks, KeySource Source);

    // Exact matches, then near ones in name order (up to the cap; Capped when there were more), and which are exact.
    private sealed record NearFound(List<Guid> Ids, HashSet<Guid> Exact, bool Capped);
}
