using Microsoft.EntityFrameworkCore;
using Whereabouts.Domain;
using Whereabouts.Linkage.Names;

namespace Whereabouts.Storage.Search;

/// <summary>
/// Keeps the search index in step with the people being saved: one <see cref="PersonIndexEntry"/>
/// per person and one <see cref="PersonNameKey"/> per distinct key of a word of their names.
/// Runs inside the save, so the index can never lag behind a committed change.
/// </summary>
public static class PersonIndexer
{
    internal static async Task RefreshAsync(WhereaboutsDbContext context, CancellationToken cancellationToken)
    {
        var people = context.ChangeTracker.Entries<Person>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified)
            .Select(e => (e.Entity, IsNew: e.State == EntityState.Added))
            .ToList();
        if (people.Count == 0)
        {
            return;
        }

        var existingIds = people.Where(p => !p.IsNew).Select(p => p.Entity.Id).ToList();
        var entries = new Dictionary<Guid, PersonIndexEntry>();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var keys = new Dictionary<Guid, List<PersonNameKey>>();
        foreach (var chunk in existingIds.Chunk(500))
        {
            foreach (var entry in await context.PersonIndex.Where(e => chunk.Contains(e.PersonId)).ToListAsync(cancellationToken).ConfigureAwait(false))
            {
                entries[entry.PersonId] = entry;
            }

            foreach (var key in await context.PersonNameKeys.Where(k => chunk.Contains(k.PersonId)).ToListAsync(cancellationToken).ConfigureAwait(false))
            {
                if (!keys.TryGetValue(key.PersonId, out var list))
                {
                    keys[key.PersonId] = list = [];
                }

                list.Add(key);
            }
        }

        foreach (var (person, _) in people)
        {
            if (!entries.TryGetValue(person.Id, out var entry))
            {
                entry = new PersonIndexEntry { PersonId = person.Id };
                context.PersonIndex.Add(entry);
            }

            Fill(entry, person);
            var wanted = KeysOf(person);
            var have = keys.TryGetValue(person.Id, out var list) ? list : [];
            foreach (var stale in have.Where(k => !wanted.Contains(k.Key)))
            {
                context.PersonNameKeys.Remove(stale);
                counts[stale.Key] = counts.GetValueOrDefault(stale.Key) - 1;
            }

            foreach (var kept in have.Where(k => wanted.Contains(k.Key) && k.SortName != entry.SortName))
            {
                kept.SortName = entry.SortName;
            }

            foreach (var kept in have.Where(k => wanted.Contains(k.Key) && k.IdentityId != person.IdentityId))
            {
                kept.IdentityId = person.IdentityId;
            }

            var present = have.Select(k => k.Key).ToHashSet(StringComparer.Ordinal);
            foreach (var key in wanted.Where(k => !present.Contains(k)))
            {
                context.PersonNameKeys.Add(new PersonNameKey { PersonId = person.Id, IdentityId = person.IdentityId, Key = key, SortName = entry.SortName });
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        await CountAsync(context, counts, cancellationToken).ConfigureAwait(false);
        await RefreshIdentitiesAsync(context, people.Select(p => p.Entity).ToList(), entries, cancellationToken).ConfigureAwait(false);
        await RefreshPairsAsync(context, people, cancellationToken).ConfigureAwait(false);
    }

    // The pairs of every identity a saved record is in, was in, or heads, rewritten from the
    // identity's keys as they stand after the save: the keys of all its records, with the sort
    // name they carry (the identity's). A new record alone in its identity has nothing stored to
    // read; the others cost one read of keys and one of pairs per 500 identities.
    private static async Task RefreshPairsAsync(WhereaboutsDbContext context, List<(Person Entity, bool IsNew)> people, CancellationToken cancellationToken)
    {
        var identities = new HashSet<Guid>();
        var stored = new HashSet<Guid>();
        foreach (var (person, isNew) in people)
        {
            identities.Add(person.IdentityId);
            identities.Add(person.Id);
            if (!isNew || person.IdentityId != person.Id)
            {
                stored.Add(person.IdentityId);
                stored.Add(person.Id);
                if (!isNew)
                {
                    var before = context.Entry(person).Property(p => p.IdentityId).OriginalValue;
                    identities.Add(before);
                    stored.Add(before);
                }
            }
        }

        var pairs = new Dictionary<Guid, Dictionary<string, PersonNamePair>>();
        foreach (var chunk in stored.Chunk(500))
        {
            // Loaded into the tracker, where the save's own changes to them stand.
            await context.PersonNameKeys.Where(k => chunk.Contains(k.IdentityId)).LoadAsync(cancellationToken).ConfigureAwait(false);
            foreach (var pair in await context.PersonNamePairs.Where(p => chunk.Contains(p.IdentityId)).ToListAsync(cancellationToken).ConfigureAwait(false))
            {
                PairsOf(pairs, pair.IdentityId)[pair.Key] = pair;
            }
        }

        foreach (var added in context.ChangeTracker.Entries<PersonNamePair>().Where(e => e.State == EntityState.Added))
        {
            PairsOf(pairs, added.Entity.IdentityId)[added.Entity.Key] = added.Entity;
        }

        var keys = new Dictionary<Guid, (List<string> Keys, string SortName, bool Head)>();
        foreach (var entry in context.ChangeTracker.Entries<PersonNameKey>())
        {
            var key = entry.Entity;
            if (entry.State is EntityState.Deleted or EntityState.Detached || !identities.Contains(key.IdentityId))
            {
                continue;
            }

            if (!keys.TryGetValue(key.IdentityId, out var found))
            {
                found = ([], key.SortName, key.PersonId == key.IdentityId);
            }
            else if (!found.Head && key.PersonId == key.IdentityId)
            {
                found = (found.Keys, key.SortName, true);
            }

            found.Keys.Add(key.Key);
            keys[key.IdentityId] = found;
        }

        foreach (var identity in identities)
        {
            var have = pairs.GetValueOrDefault(identity) ?? [];
            var (wanted, sortName) = keys.TryGetValue(identity, out var found)
                ? (PersonNamePair.AllOf(found.Keys), found.SortName)
                : ([], string.Empty);
            foreach (var stale in have.Values.Where(p => !wanted.Contains(p.Key)))
            {
                context.PersonNamePairs.Remove(stale);
            }

            foreach (var kept in have.Values.Where(p => wanted.Contains(p.Key) && p.SortName != sortName))
            {
                kept.SortName = sortName;
            }

            foreach (var key in wanted.Where(k => !have.ContainsKey(k)))
            {
                context.PersonNamePairs.Add(new PersonNamePair { IdentityId = identity, Key = key, SortName = sortName });
            }
        }
    }

    private static Dictionary<string, PersonNamePair> PairsOf(Dictionary<Guid, Dictionary<string, PersonNamePair>> pairs, Guid identity)
    {
        if (!pairs.TryGetValue(identity, out var of))
        {
            pairs[identity] = of = new Dictionary<string, PersonNamePair>(StringComparer.Ordinal);
        }

        return of;
    }

    // A record joined to others is listed once, under its identity: the identity's entry carries the
    // fate derived over every record of it, and every record's keys carry the identity's sort name.
    // Identities a saved record joined or left are refreshed; records in no identity cost one query.
    private static async Task RefreshIdentitiesAsync(
        WhereaboutsDbContext context, List<Person> saved, Dictionary<Guid, PersonIndexEntry> entries, CancellationToken cancellationToken)
    {
        var affected = new HashSet<Guid>();
        foreach (var person in saved)
        {
            var before = context.Entry(person).Property(p => p.IdentityId).OriginalValue;
            if (before != person.Id)
            {
                affected.Add(before);
            }

            if (person.IdentityId != person.Id)
            {
                affected.Add(person.IdentityId);
            }
        }

        // Stored records can join only a stored identity: a person new in this save has no stored
        // members to look for (the thousands of a list's new people cost no query).
        var own = saved.Where(p => p.IdentityId == p.Id && context.Entry(p).State != EntityState.Added).Select(p => p.Id).ToList();
        foreach (var chunk in own.Chunk(500))
        {
            affected.UnionWith(await context.People.AsNoTracking()
                .Where(p => chunk.Contains(p.IdentityId) && p.Id != p.IdentityId)
                .Select(p => p.IdentityId).Distinct()
                .ToListAsync(cancellationToken).ConfigureAwait(false));
        }

        if (affected.Count == 0)
        {
            return;
        }

        var tracked = context.ChangeTracker.Entries<Person>().Select(e => e.Entity).ToDictionary(p => p.Id);
        var stored = await context.People.AsNoTracking().AsSplitQuery()
            .Where(p => affected.Contains(p.IdentityId))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var members = tracked.Values.Where(p => affected.Contains(p.IdentityId))
            .Concat(stored.Where(p => !tracked.ContainsKey(p.Id)))
            .GroupBy(p => p.IdentityId)
            .ToDictionary(g => g.Key, g => g.ToList());
        var missing = affected.Where(id => !entries.ContainsKey(id)).ToList();
        foreach (var entry in await context.PersonIndex.Where(e => missing.Contains(e.PersonId)).ToListAsync(cancellationToken).ConfigureAwait(false))
        {
            entries[entry.PersonId] = entry;
        }

        foreach (var identity in affected)
        {
            if (!entries.TryGetValue(identity, out var head) || !members.TryGetValue(identity, out var records))
            {
                continue;
            }

            var fate = FateSummary.Derive(
                [.. records.SelectMany(r => r.FateAssertions)],
                [.. records.SelectMany(r => r.FateRetractions)]);
            head.Fate = fate.Status;
            head.IsContested = fate.IsContested;
            var ids = records.Select(r => r.Id).ToList();
            foreach (var key in await context.PersonNameKeys.Where(k => ids.Contains(k.PersonId)).ToListAsync(cancellationToken).ConfigureAwait(false))
            {
                key.SortName = head.SortName;
            }

            foreach (var key in context.ChangeTracker.Entries<PersonNameKey>().Where(k => k.State == EntityState.Added && ids.Contains(k.Entity.PersonId)))
            {
                key.Entity.SortName = head.SortName;
            }
        }
    }

    /// <summary>
    /// Indexes people saved before the index existed (a database migrated from an older version).
    /// Adds only index rows, so it changes no person and writes nothing to the audit log.
    /// </summary>
    internal static async Task<int> BackfillAsync(WhereaboutsDbContext context, CancellationToken cancellationToken)
    {
        var total = 0;
        while (true)
        {
            var batch = await context.People
                .Where(p => !context.PersonIndex.Any(e => e.PersonId == p.Id))
                .OrderBy(p => p.Id)
                .Take(1000)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            if (batch.Count == 0)
            {
                return total;
            }

            foreach (var person in batch)
            {
                var entry = new PersonIndexEntry { PersonId = person.Id };
                Fill(entry, person);
                context.PersonIndex.Add(entry);
                foreach (var key in KeysOf(person))
                {
                    context.PersonNameKeys.Add(new PersonNameKey { PersonId = person.Id, IdentityId = person.IdentityId, Key = key, SortName = entry.SortName });
                }
            }

            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            context.ChangeTracker.Clear();
            total += batch.Count;
        }
    }

    /// <summary>
    /// Writes every identity's pairs of name keys afresh from the keys (<see cref="PersonNamePair"/>):
    /// after a backfill, whose keys were added outside the save path that keeps the pairs, or when
    /// the pairs are suspected. The same statement as the migration that made the pairs.
    /// </summary>
    public static async Task RebuildPairsAsync(WhereaboutsDbContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await context.Database.ExecuteSqlRawAsync("DELETE FROM \"PersonNamePairs\"", cancellationToken).ConfigureAwait(false);
        await context.Database.ExecuteSqlRawAsync(PairsSql(context is PostgresWhereaboutsDbContext), cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The statement that writes every identity's pairs from its keys and its entry's sort name
    /// (the keys compared as bytes, as the C collation and SQLite compare them, which is the order
    /// of <see cref="PersonNamePair.Of"/> for every letter a name key holds).
    /// </summary>
    internal static string PairsSql(bool postgres) =>
        "INSERT INTO \"PersonNamePairs\" (\"Key\", \"IdentityId\", \"SortName\") "
        + "SELECT a.\"Key\" || " + (postgres ? "chr(31)" : "char(31)") + " || b.\"Key\", a.\"IdentityId\", e.\"SortName\" "
        + "FROM (SELECT DISTINCT \"IdentityId\", \"Key\" FROM \"PersonNameKeys\") AS a "
        + "INNER JOIN (SELECT DISTINCT \"IdentityId\", \"Key\" FROM \"PersonNameKeys\") AS b ON b.\"IdentityId\" = a.\"IdentityId\" AND a.\"Key\" < b.\"Key\" "
        + "INNER JOIN \"PersonIndex\" AS e ON e.\"PersonId\" = a.\"IdentityId\"";

    /// <summary>
    /// Counts the vocabulary afresh from the keys: after a backfill, whose keys were added outside
    /// the counting save path, or when the counts are suspected (a database edited by hand).
    /// </summary>
    public static async Task RecountAsync(WhereaboutsDbContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await context.Database.ExecuteSqlRawAsync("DELETE FROM \"PersonNameKeyCounts\"", cancellationToken).ConfigureAwait(false);
        await context.Database.ExecuteSqlRawAsync(
            "INSERT INTO \"PersonNameKeyCounts\" (\"Key\", \"Rows\") SELECT \"Key\", COUNT(*) FROM \"PersonNameKeys\" GROUP BY \"Key\"",
            cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Adds <paramref name="changes"/> (key → rows added less rows removed) to the key vocabulary.
    /// Runs inside the saving transaction, after PostgreSQL's audit lock is taken, so two saves
    /// cannot both add one to the same count they read.
    /// </summary>
    internal static async Task CountAsync(WhereaboutsDbContext context, Dictionary<string, int> changes, CancellationToken cancellationToken)
    {
        var changed = changes.Where(c => c.Value != 0).Select(c => c.Key).ToList();
        var rows = new Dictionary<string, PersonNameKeyCount>(StringComparer.Ordinal);
        foreach (var row in context.ChangeTracker.Entries<PersonNameKeyCount>().Select(e => e.Entity))
        {
            rows[row.Key] = row;
        }

        foreach (var chunk in changed.Where(k => !rows.ContainsKey(k)).Chunk(500))
        {
            foreach (var row in await context.PersonNameKeyCounts.Where(c => chunk.Contains(c.Key)).ToListAsync(cancellationToken).ConfigureAwait(false))
            {
                rows[row.Key] = row;
            }
        }

        foreach (var key in changed)
        {
            if (!rows.TryGetValue(key, out var row))
            {
                row = new PersonNameKeyCount { Key = key };
                context.PersonNameKeyCounts.Add(row);
                rows[key] = row;
            }

            row.Rows = Math.Max(0, row.Rows + changes[key]);
        }
    }

    /// <summary>The distinct keys of every word of every standing name form of a person.</summary>
    public static HashSet<string> KeysOf(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in person.StandingNames)
        {
            AddWords(keys, name.GivenName is null ? null : NameKeys.Given(name.GivenName));
            AddWords(keys, name.FamilyName is null ? null : NameKeys.Family(name.FamilyName));
            AddWords(keys, name.Patronymic is null ? null : NameKeys.Father(name.Patronymic));
        }

        return keys;
    }

    /// <summary>The keys a searched word may stand for: as a given name, a family name or a patronymic.</summary>
    public static IReadOnlyList<string> KeysOfQueryWord(string word)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        AddWords(keys, NameKeys.Given(word));
        AddWords(keys, NameKeys.Family(word));
        AddWords(keys, NameKeys.Father(word));
        return [.. keys];
    }

    /// <summary>
    /// Adds the keys a word may stand for as a given or a family name (not as a patronymic, whose
    /// forms a misspelt word rarely keeps) to <paramref name="keys"/>: for the many near spellings
    /// of a searched word, where a third of the work would find next to nothing more.
    /// </summary>
    public static void AddNameKeys(ISet<string> keys, string word)
    {
        ArgumentNullException.ThrowIfNull(keys);
        AddWords(keys, NameKeys.Given(word));
        AddWords(keys, NameKeys.Family(word));
    }

    private static void AddWords(ISet<string> keys, string? key)
    {
        if (string.IsNullOrEmpty(key))
        {
            return;
        }

        foreach (var word in key.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            keys.Add(word.Length > MaxKeyLength ? word[..MaxKeyLength] : word);
        }
    }

    internal const int MaxKeyLength = 100;

    private static void Fill(PersonIndexEntry entry, Person person)
    {
        var name = person.PrimaryName;
        var fate = person.Fate;
        entry.IdentityId = person.IdentityId;
        entry.DisplayName = Clip(name.FullName, 300);
        var latin = NameTransliterator.ToLatin(string.Join(' ', new[] { name.FamilyName, name.GivenName, name.Patronymic }.Where(p => p is not null)));
        entry.SortName = Clip(latin.ToLowerInvariant(), 300);
        entry.Side = person.Side;
        entry.Fate = fate.Status;
        entry.IsContested = fate.IsContested;
        entry.BirthYear = person.BirthDate?.Earliest.Year;
        entry.IsInvented = person.IsInvented;
    }

    private static string Clip(string text, int length) => text.Length <= length ? text : text[..length];
}
