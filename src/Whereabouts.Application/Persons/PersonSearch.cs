using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Common;
using Whereabouts.Storage;
using Whereabouts.Storage.Search;

namespace Whereabouts.Application.Persons;

/// <summary>
/// Finds people by name across scripts and spellings: every searched word is turned into the
/// linkage engine's name keys (as a given name, a family name and a patronymic) and must match a
/// key of one of the person's name forms, exactly or, for words of three letters or more, as the
/// start of a key (so "Harut" finds Harutyunyan while it is being typed). Арутюнян, Harutiunian
/// and Հարությունյան all find Harutyunyan.
/// </summary>
public sealed class PersonSearch(WhereaboutsDatabase database)
{
    private const int MaxWords = 6;
    private const int MinPrefixLength = 3;

    /// <summary>One page of the people matching <paramref name="criteria"/>, in name order.</summary>
    public async Task<PagedList<PersonListItem>> RunAsync(PersonSearchCriteria criteria, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        var (page, pageSize) = Paging.Normalise(criteria.Page, criteria.PageSize);
        await using var context = database.CreateContext();
        var query = context.PersonIndex.AsNoTracking();

        var text = criteria.Text?.Trim() ?? string.Empty;
        if (Guid.TryParse(text, out var id))
        {
            query = query.Where(e => e.PersonId == id);
        }
        else
        {
            foreach (var word in Words(text))
            {
                query = MatchWord(context, query, word);
            }
        }

        if (criteria.Fate is { } fate)
        {
            query = query.Where(e => e.Fate == fate);
        }

        if (criteria.Side is { } side)
        {
            query = query.Where(e => e.Side == side);
        }

        if (criteria.IncidentId is { } incident)
        {
            var involved = context.FateAssertions.Where(a => a.IncidentId == incident).Select(a => EF.Property<Guid>(a, "PersonId"));
            query = query.Where(e => involved.Contains(e.PersonId));
        }

        if (criteria.Contested is { } contested)
        {
            query = query.Where(e => e.IsContested == contested);
        }

        var total = await query.CountAsync(cancellationToken).ConfigureAwait(false);
        var items = await query
            .OrderBy(e => e.SortName).ThenBy(e => e.PersonId)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(e => new PersonListItem(e.PersonId, e.DisplayName, e.Side, e.Fate, e.IsContested, e.BirthYear, e.IsInvented))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return new PagedList<PersonListItem>(items, page, pageSize, total);
    }

    private static IEnumerable<string> Words(string text) =>
        text.Split([' ', ',', ';', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Take(MaxWords);

    private static IQueryable<PersonIndexEntry> MatchWord(WhereaboutsDbContext context, IQueryable<PersonIndexEntry> query, string word)
    {
        var keys = PersonIndexer.KeysOfQueryWord(word);
        if (keys.Count == 0)
        {
            // A word with no letters (punctuation) narrows nothing.
            return query;
        }

        var exact = keys.ToList();
        var prefixes = keys.Where(k => k.Length >= MinPrefixLength).Distinct(StringComparer.Ordinal).ToList();
        var matching = context.PersonNameKeys.Where(k => exact.Contains(k.Key));
        foreach (var prefix in prefixes)
        {
            // A range instead of LIKE, so that both databases answer from the key's index.
            var upper = prefix[..^1] + (char)(prefix[^1] + 1);
            // The comparison runs in SQL, not in .NET, and keys are lower-case ASCII letters and digits.
#pragma warning disable CA1309
            matching = matching.Union(context.PersonNameKeys.Where(k => string.Compare(k.Key, prefix) >= 0 && string.Compare(k.Key, upper) < 0));
#pragma warning restore CA1309
        }

        var people = matching.Select(k => k.PersonId);
        return query.Where(e => people.Contains(e.PersonId));
    }
}
