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
/// and Հարությունյան all find Harutyunyan.
/// </summary>
/// <remarks>
/// <para>Records judged one person are one identity and are listed once, under the identity's
/// index entry (whose fate is derived over all of them); a search finds it by any record's names.</para>
/// <para>The key rows carry the identity and its sort name, so a page of matches is read from the key
/// index alone, in order, and only the identities on the page are then looked up. With several words
/// the rarest one drives and the others are checked per match, so "Davit Nankatatan" reads the one
/// Nankatatan instead of every Davit (docs/benchmarks.md, web).</para>
/// </remarks>
public sealed class PersonSearch(WhereaboutsDatabase database)
{
    private const int MaxWords = 6;
    private const int MinPrefixLength = 3;

    // Enough to tell a rare word from a common one without reading all of a common one.
    private const int RarityProbe = 5_000;

    /// <summary>One page of the people matching <paramref name="criteria"/>, in name order.</summary>
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

        var words = Words(text).Select(WordPredicate).OfType<Expression<Func<PersonNameKey, bool>>>().ToList();
        if (words.Count == 0)
        {
            return await FromIndexAsync(context, Filtered(context, criteria), page, pageSize, cancellationToken).ConfigureAwait(false);
        }

        var matches = await RarestFirstAsync(context, words, cancellationToken).ConfigureAwait(false);
        var keys = matches[0];
        foreach (var other in matches.Skip(1))
        {
            // The words may fall in the names of different records of one identity.
            keys = keys.Where(k => other.Any(o => o.IdentityId == k.IdentityId));
        }

        if (HasFilters(criteria))
        {
            // Filters read the identity's entry: its fate is derived over all its records.
            var allowed = Filtered(context, criteria);
            keys = keys.Where(k => allowed.Any(e => e.PersonId == k.IdentityId));
        }

        // An identity matches once however many of its records' keys fall in a word's range.
        var people = keys.Select(k => new { k.SortName, k.IdentityId }).Distinct();
        var ids = await people
            .OrderBy(p => p.SortName).ThenBy(p => p.IdentityId)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(p => p.IdentityId)
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        // Most searches fit on their first page, whose length is then the total. Otherwise count
        // identities, not (name, person) pairs: the same answer for half the work.
        var total = page == 1 && ids.Count < pageSize
            ? ids.Count
            : await keys.Select(k => k.IdentityId).Distinct().CountAsync(cancellationToken).ConfigureAwait(false);
        var rows = await context.PersonIndex.AsNoTracking()
            .Where(e => ids.Contains(e.PersonId))
            .Select(e => new PersonListItem(e.PersonId, e.DisplayName, e.Side, e.Fate, e.IsContested, e.BirthYear, e.IsInvented))
            .ToDictionaryAsync(item => item.Id, cancellationToken).ConfigureAwait(false);
        var items = ids.Where(rows.ContainsKey).Select(i => rows[i]).ToList();
        return new PagedList<PersonListItem>(items, page, pageSize, total);
    }

    private static async Task<PagedList<PersonListItem>> FromIndexAsync(
        WhereaboutsDbContext context, IQueryable<PersonIndexEntry> query, int page, int pageSize, CancellationToken cancellationToken)
    {
        var items = await query
            .OrderBy(e => e.SortName).ThenBy(e => e.PersonId)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(e => new PersonListItem(e.PersonId, e.DisplayName, e.Side, e.Fate, e.IsContested, e.BirthYear, e.IsInvented))
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

    // Counts each word's key rows (up to the probe) and puts the rarest first.
    private static async Task<List<IQueryable<PersonNameKey>>> RarestFirstAsync(
        WhereaboutsDbContext context, List<Expression<Func<PersonNameKey, bool>>> words, CancellationToken cancellationToken)
    {
        var queries = words.Select(w => context.PersonNameKeys.AsNoTracking().Where(w)).ToList();
        if (queries.Count == 1)
        {
            return queries;
        }

        var sized = new List<(IQueryable<PersonNameKey> Query, int Size)>();
        foreach (var query in queries)
        {
            sized.Add((query, await query.Take(RarityProbe).CountAsync(cancellationToken).ConfigureAwait(false)));
        }

        return [.. sized.OrderBy(s => s.Size).Select(s => s.Query)];
    }

    private static IEnumerable<string> Words(string text) =>
        text.Split([' ', ',', ';', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Take(MaxWords);

    // The keys a word may stand for, as one condition on a key row: a range for each key long
    // enough to be a prefix (a range, not LIKE, so both databases answer from the key's index),
    // equality for shorter ones. A key inside another key's range adds nothing and is dropped.
    // Null for a word with no letters (punctuation), which narrows nothing.
    private static Expression<Func<PersonNameKey, bool>>? WordPredicate(string word)
    {
        var keys = PersonIndexer.KeysOfQueryWord(word).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        Expression<Func<PersonNameKey, bool>>? predicate = null;
        var prefixes = new List<string>();
        foreach (var key in keys)
        {
            if (prefixes.Any(p => key.StartsWith(p, StringComparison.Ordinal)))
            {
                continue;
            }

            Expression<Func<PersonNameKey, bool>> condition;
            if (key.Length >= MinPrefixLength)
            {
                prefixes.Add(key);
                condition = InRange(key, key[..^1] + (char)(key[^1] + 1));
            }
            else
            {
                condition = Is(key);
            }

            predicate = predicate is null ? condition : Or(predicate, condition);
        }

        return predicate;
    }

    // The comparison runs in SQL, not in .NET, and keys are lower-case ASCII letters and digits
    // compared byte by byte (PostgreSQL's key column uses the "C" collation).
#pragma warning disable CA1309
    private static Expression<Func<PersonNameKey, bool>> InRange(string lower, string upper) =>
        k => string.Compare(k.Key, lower) >= 0 && string.Compare(k.Key, upper) < 0;
#pragma warning restore CA1309

    private static Expression<Func<PersonNameKey, bool>> Is(string key) => k => k.Key == key;

    private static Expression<Func<PersonNameKey, bool>> Or(Expression<Func<PersonNameKey, bool>> left, Expression<Func<PersonNameKey, bool>> right)
    {
        var parameter = left.Parameters[0];
        var rightBody = new ParameterSwap(right.Parameters[0], parameter).Visit(right.Body);
        return Expression.Lambda<Func<PersonNameKey, bool>>(Expression.OrElse(left.Body, rightBody), parameter);
    }

    private sealed class ParameterSwap(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
