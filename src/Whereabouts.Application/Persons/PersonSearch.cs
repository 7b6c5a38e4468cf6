using System.Linq.Expressions;
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

        var vocabulary = await VocabularyAsync(context, words, cancellationToken).ConfigureAwait(false);
        var sets = words.Select(w => WordKeys.Resolve(w, vocabulary)).ToList();
        var search = new KeySearch(context, criteria, cancellationToken);
        var found = sets.All(s => s.Rows > 0)
            ? await search.PageAsync(sets, (page - 1) * pageSize, pageSize).ConfigureAwait(false)
            : new Found([], 0, false);

        if (criteria.NearSpellings && !found.IsEstimate && found.Total <= NearThreshold)
        {
            // The first page of exact matches, when it holds them all, is all NearAsync needs of them.
            var near = await NearAsync(context, search, words, sets, page == 1 ? found : found with { Ids = [] }, cancellationToken).ConfigureAwait(false);
            if (near is not null)
            {
                return await PageOfAsync(context, near.Ids.Skip((page - 1) * pageSize).Take(pageSize).ToList(), near.NearWords, page, pageSize, near.Ids.Count, near.Capped, cancellationToken).ConfigureAwait(false);
            }
        }

        return await PageOfAsync(context, found.Ids, new Dictionary<Guid, List<string>>(), page, pageSize, found.Total, found.IsEstimate, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<PagedList<PersonListItem>> PageOfAsync(
        WhereaboutsDbContext context, List<Guid> ids, Dictionary<Guid, List<string>> nearWords, int page, int pageSize, int total, bool estimate, CancellationToken cancellationToken)
    {
        var rows = await context.PersonIndex.AsNoTracking()
            .Where(e => ids.Contains(e.PersonId))
            .Select(e => new PersonListItem(e.PersonId, e.DisplayName, e.Side, e.Fate, e.IsContested, e.BirthYear, e.IsInvented, null))
            .ToDictionaryAsync(item => item.Id, cancellationToken).ConfigureAwait(false);
        var items = ids.Where(rows.ContainsKey)
            .Select(i => nearWords.TryGetValue(i, out var near) ? rows[i] with { NearSpellingOf = near } : rows[i])
            .ToList();
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
        WhereaboutsDbContext context, KeySearch search, List<SearchWord> words, List<WordKeys> sets, Found found, CancellationToken cancellationToken)
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

        var present = await context.PersonNameKeyCounts.AsNoTracking()
            .Where(c => wanted.Contains(c.Key) && c.Rows > 0)
            .ToDictionaryAsync(c => c.Key, c => c.Rows, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        if (present.Count == 0)
        {
            return null;
        }

        var exact = exactTotal == 0 ? []
            : found.Ids.Count == exactTotal ? found.Ids
            : (await search.PageAsync(sets, 0, NearThreshold + 1).ConfigureAwait(false)).Ids;
        var widened = sets.Select((set, i) => set.With(variants[words[i]].Where(present.ContainsKey), present)).ToList();
        var all = (await search.PageAsync(widened, 0, exact.Count + MaxNearMatches + 1).ConfigureAwait(false)).Ids;
        var exactIds = exact.ToHashSet();
        var near = all.Where(i => !exactIds.Contains(i)).ToList();
        var capped = near.Count > MaxNearMatches;
        near = near.Take(MaxNearMatches).ToList();

        // Which words found each near match only through a near spelling.
        var nearWords = new Dictionary<Guid, List<string>>();
        foreach (var chunk in near.Chunk(500))
        {
            var keys = await context.PersonNameKeys.AsNoTracking()
                .Where(k => chunk.Contains(k.IdentityId))
                .Select(k => new { k.IdentityId, k.Key })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var group in keys.GroupBy(k => k.IdentityId))
            {
                nearWords[group.Key] = [.. words.Where(w => !group.Any(k => w.Matches(k.Key))).Select(w => w.Text)];
            }
        }

        return new NearFound([.. exact, .. near], nearWords, capped);
    }

    // The vocabulary rows of every key a word stands for, and of every key a prefix begins.
    private static async Task<Dictionary<string, int>> VocabularyAsync(WhereaboutsDbContext context, List<SearchWord> words, CancellationToken cancellationToken)
    {
        Expression<Func<PersonNameKeyCount, bool>>? condition = null;
        var exact = words.SelectMany(w => w.Exact).Distinct(StringComparer.Ordinal).ToList();
        if (exact.Count > 0)
        {
            condition = c => exact.Contains(c.Key);
        }

        foreach (var prefix in words.SelectMany(w => w.Prefixes).Distinct(StringComparer.Ordinal))
        {
            condition = condition is null ? InRange(prefix) : Or(condition, InRange(prefix));
        }

        return await context.PersonNameKeyCounts.AsNoTracking()
            .Where(condition!)
            .Where(c => c.Rows > 0)
            .ToDictionaryAsync(c => c.Key, c => c.Rows, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
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

    private static bool HasFilters(PersonSearchCriteria criteria) =>
        criteria.Fate is not null || criteria.Side is not null || criteria.IncidentId is not null || criteria.Contested is not null;

    // Only identities' entries: a record joined to another is listed under the identity's entry.
    private static IQueryable<PersonIndexEntry> Filtered(WhereaboutsDbContext context, PersonSearchCriteria criteria)
    {
        var query = context.PersonIndex.AsNoTracking().Where(e => e.PersonId == e.IdentityId);
        if (criteria.Fate is { } fate)
        {
            query = query.Where(e => e.Fate == fate);
        }

        if (criteria.Side is { } side)
        {
            // "unknown" (the former enum's member) asks for the people of no recorded party; a slug is
            // read in any case, so that ?side=Armenian keeps working.
            if (string.Equals(side.Trim(), "unknown", StringComparison.OrdinalIgnoreCase))
            {
                query = query.Where(e => e.Side == null);
            }
            else
            {
                var slug = Party.IsSlug(side) ? Party.NormalizeSlug(side) : side;
                query = query.Where(e => e.Side == slug);
            }
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

    // The comparison runs in SQL, not in .NET, and keys are lower-case ASCII letters and digits
    // compared byte by byte (PostgreSQL's key columns use the "C" collation).
#pragma warning disable CA1309
    private static Expression<Func<PersonNameKeyCount, bool>> InRange(string prefix)
    {
        var upper = SearchWord.After(prefix);
        return c => string.Compare(c.Key, prefix) >= 0 && string.Compare(c.Key, upper) < 0;
    }

    private static Expression<Func<PersonNameKey, bool>> KeyInRange(string prefix)
    {
        var upper = SearchWord.After(prefix);
        return k => string.Compare(k.Key, prefix) >= 0 && string.Compare(k.Key, upper) < 0;
    }
#pragma warning restore CA1309

    private static Expression<Func<T, bool>> Or<T>(Expression<Func<T, bool>> left, Expression<Func<T, bool>> right)
    {
        var parameter = left.Parameters[0];
        var rightBody = new ParameterSwap(right.Parameters[0], parameter).Visit(right.Body);
        return Expression.Lambda<Func<T, bool>>(Expression.OrElse(left.Body, rightBody), parameter);
    }

    private sealed class ParameterSwap(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }

    // The keys one word stands for in this registry: single keys (each an ordered index range of
    // its own) and, for a prefix that stands for many, the prefix's whole range; with the rows they carry.
    private sealed class WordKeys
    {
        private WordKeys(List<string> keys, List<string> ranges, long rows)
        {
            Keys = keys;
            Ranges = ranges;
            Rows = rows;
        }

        public List<string> Keys { get; }

        public List<string> Ranges { get; }

        public long Rows { get; }

        public static WordKeys Resolve(SearchWord word, Dictionary<string, int> vocabulary)
        {
            var keys = word.Exact.Where(vocabulary.ContainsKey).ToList();
            var ranges = new List<string>();
            long rows = keys.Sum(k => (long)vocabulary[k]);
            foreach (var prefix in word.Prefixes)
            {
                var under = vocabulary.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).ToList();
                rows += under.Sum(k => (long)vocabulary[k]);
                if (under.Count > MaxKeysPerPrefix)
                {
                    ranges.Add(prefix);
                }
                else
                {
                    keys.AddRange(under);
                }
            }

            return new WordKeys([.. keys.Distinct(StringComparer.Ordinal)], ranges, rows);
        }

        public WordKeys With(IEnumerable<string> more, Dictionary<string, int> vocabulary)
        {
            var added = more.Where(k => !Keys.Contains(k, StringComparer.Ordinal)).ToList();
            return new WordKeys([.. Keys, .. added], Ranges, Rows + added.Sum(k => (long)vocabulary[k]));
        }

        // One condition per ordered index range.
        public IEnumerable<Expression<Func<PersonNameKey, bool>>> Streams() =>
            Keys.Select(Is).Concat(Ranges.Select(KeyInRange));

        // The whole word as one condition.
        public Expression<Func<PersonNameKey, bool>> Condition()
        {
            Expression<Func<PersonNameKey, bool>>? condition = null;
            if (Keys.Count > 0)
            {
                var keys = Keys;
                condition = k => keys.Contains(k.Key);
            }

            foreach (var range in Ranges)
            {
                condition = condition is null ? KeyInRange(range) : Or(condition, KeyInRange(range));
            }

            return condition ?? (k => false);
        }

        private static Expression<Func<PersonNameKey, bool>> Is(string key) => k => k.Key == key;
    }

    // The queries over the key rows for one search.
    private sealed class KeySearch(WhereaboutsDbContext context, PersonSearchCriteria criteria, CancellationToken cancellationToken)
    {
        public async Task<Found> PageAsync(List<WordKeys> sets, int skip, int take)
        {
            var driver = sets.MinBy(s => s.Rows)!;
            if (driver.Rows == 0)
            {
                return new Found([], 0, false);
            }

            var checks = sets.Where(s => s != driver).Select(s => s.Condition()).ToList();
            var ids = await FirstAsync(driver, checks, skip + take).ConfigureAwait(false);
            var page = ids.Skip(skip).Take(take).ToList();

            // Most searches fit on their first page, whose length is then the total.
            if (skip == 0 && ids.Count < take)
            {
                return new Found(page, ids.Count, false);
            }

            if (driver.Rows <= ExactCountLimit)
            {
                var count = await Rows(driver.Condition(), checks).Select(k => k.IdentityId).Distinct().CountAsync(cancellationToken).ConfigureAwait(false);
                return new Found(page, count, false);
            }

            if (checks.Count == 0 && !HasFilters(criteria))
            {
                return new Found(page, Math.Max(ids.Count, (int)Math.Min(int.MaxValue, driver.Rows)), true);
            }

            // Key rows in id order are a random sample of the driving word's rows.
            var sample = context.PersonNameKeys.AsNoTracking().Where(driver.Condition()).OrderBy(k => k.PersonId).Take(EstimateSample);
            var sampled = await sample.CountAsync(cancellationToken).ConfigureAwait(false);
            var passed = await Checked(sample, checks).CountAsync(cancellationToken).ConfigureAwait(false);
            var estimate = sampled == 0 ? 0 : (int)Math.Min(int.MaxValue, driver.Rows * passed / sampled);
            return new Found(page, Math.Max(ids.Count, estimate), true);
        }

        // The first identities in name order: the first rows of each of the driving word's ordered
        // index ranges, merged by the database. An identity can own several rows of a range (its
        // records, or two keys of one word), so a range that filled its limit may hide identities
        // past its last row; the rows are trusted up to the earliest such point, and the limit is
        // doubled when that is not enough.
        private async Task<List<Guid>> FirstAsync(WordKeys driver, List<Expression<Func<PersonNameKey, bool>>> checks, int wanted)
        {
            var streams = driver.Streams().ToList();
            var limit = wanted;
            while (true)
            {
                IQueryable<KeyRow>? union = null;
                foreach (var stream in streams)
                {
                    var rows = Rows(stream, checks)
                        .OrderBy(k => k.SortName).ThenBy(k => k.IdentityId)
                        .Select(k => new KeyRow { Key = k.Key, SortName = k.SortName, IdentityId = k.IdentityId })
                        .Take(limit);
                    union = union is null ? rows : union.Concat(rows);
                }

                var merged = await union!.OrderBy(r => r.SortName).ThenBy(r => r.IdentityId)
                    .ToListAsync(cancellationToken).ConfigureAwait(false);
                var full = merged.GroupBy(r => Stream(driver, r.Key)).Where(g => g.Count() >= limit).Select(g => g.Last()).ToHashSet();
                var ids = new List<Guid>();
                var seen = new HashSet<Guid>();
                var trusted = true;
                foreach (var row in merged)
                {
                    if (seen.Add(row.IdentityId))
                    {
                        ids.Add(row.IdentityId);
                    }

                    if (full.Contains(row))
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

        // Which ordered range of the driving word a row came from.
        private static string Stream(WordKeys driver, string key) =>
            driver.Keys.Contains(key, StringComparer.Ordinal) ? key : driver.Ranges.First(p => key.StartsWith(p, StringComparison.Ordinal));

        private IQueryable<PersonNameKey> Rows(Expression<Func<PersonNameKey, bool>> condition, List<Expression<Func<PersonNameKey, bool>>> checks) =>
            Checked(context.PersonNameKeys.AsNoTracking().Where(condition), checks);

        // The other words may fall in the names of other records of the identity; filters read the
        // identity's entry, whose fate is derived over all its records.
        private IQueryable<PersonNameKey> Checked(IQueryable<PersonNameKey> rows, List<Expression<Func<PersonNameKey, bool>>> checks)
        {
            foreach (var check in checks)
            {
                var other = context.PersonNameKeys.Where(check);
                rows = rows.Where(k => other.Any(o => o.IdentityId == k.IdentityId));
            }

            if (HasFilters(criteria))
            {
                var allowed = Filtered(context, criteria);
                rows = rows.Where(k => allowed.Any(e => e.PersonId == k.IdentityId));
            }

            return rows;
        }
    }

    private sealed class KeyRow
    {
        public string Key { get; init; } = string.Empty;

        public string SortName { get; init; } = string.Empty;

        public Guid IdentityId { get; init; }
    }

    private sealed record Found(List<Guid> Ids, int Total, bool IsEstimate);

    private sealed record NearFound(List<Guid> Ids, Dictionary<Guid, List<string>> NearWords, bool Capped);
}
