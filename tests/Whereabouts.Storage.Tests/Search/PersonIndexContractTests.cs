using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Whereabouts.Domain;
using Whereabouts.Storage.Search;
using Whereabouts.Storage.Tests.Support;

namespace Whereabouts.Storage.Tests.Search;

/// <summary>
/// What the person search index promises, run against each provider by
/// <see cref="SqlitePersonIndexTests"/> and <see cref="PostgresPersonIndexTests"/>: it follows
/// every save of a person, in the same transaction, and is rebuilt for people saved without it.
/// </summary>
public abstract class PersonIndexContractTests(DatabaseProvider provider) : ProviderTests(provider)
{
    [Fact]
    public async Task SaveChanges_NewPerson_IndexRowDescribesThePerson()
    {
        var source = Registry.Source();
        var person = Registry.Person();
        person.AssertFate(Registry.Assertion(source, FateStatus.Missing, "2020-12-12"));

        await SaveAsync(source, person);

        await using var context = Db.NewContext();
        var row = await context.PersonIndex.SingleAsync(e => e.PersonId == person.Id, Cancel);
        Assert.Equal("Arayik Harutyunyan", row.DisplayName);
        Assert.Equal("harutyunyan arayik", row.SortName);
        Assert.Equal("armenian", row.Side);
        Assert.Equal(FateStatus.Missing, row.Fate);
        Assert.False(row.IsContested);
        Assert.Equal(2001, row.BirthYear);
        Assert.True(row.IsInvented);
    }

    [Theory]
    [InlineData("Harutyunyan")]
    [InlineData("Арутюнян")]
    [InlineData("Հարությունյան")]
    [InlineData("Harutiunian")]
    [InlineData("Haroutunian")]
    public async Task SaveChanges_NewPerson_StoredKeysMatchEverySpellingOfTheFamilyName(string spelling)
    {
        var person = Registry.Person();
        person.AddName(new PersonName("Արայիկ", "Հարությունյան"));
        await SaveAsync(person);

        var stored = await KeysAsync(person.Id);

        Assert.NotEmpty(stored.Intersect(PersonIndexer.KeysOfQueryWord(spelling)));
    }

    [Fact]
    public async Task SaveChanges_NameAddedLater_IndexGainsItsKeys()
    {
        var person = Registry.Person(family: "Grigoryan");
        await SaveAsync(person);
        var before = await KeysAsync(person.Id);
        var newKeys = PersonIndexer.KeysOfQueryWord("Арутюнян");
        Assert.Empty(before.Intersect(newKeys));

        await using (var context = Db.NewContext())
        {
            (await context.People.SingleAsync(p => p.Id == person.Id, Cancel)).AddName(new PersonName("Араик", "Арутюнян", origin: "list"));
            await context.SaveChangesAsync(Cancel);
        }

        var after = await KeysAsync(person.Id);
        Assert.NotEmpty(after.Intersect(newKeys));
        Assert.Superset(before.ToHashSet(StringComparer.Ordinal), after.ToHashSet(StringComparer.Ordinal));
    }

    [Fact]
    public async Task SaveChanges_FateAssertedLater_IndexRowFollowsTheFate()
    {
        var source = Registry.Source();
        var person = Registry.Person();
        await SaveAsync(source, person);

        await using (var context = Db.NewContext())
        {
            var stored = await context.People.SingleAsync(p => p.Id == person.Id, Cancel);
            stored.AssertFate(Registry.Assertion(source, FateStatus.CaptureConfirmed, "2020-12-14", Credibility.Confirmed));
            await context.SaveChangesAsync(Cancel);
        }

        await using var check = Db.NewContext();
        Assert.Equal(FateStatus.CaptureConfirmed, (await check.PersonIndex.SingleAsync(e => e.PersonId == person.Id, Cancel)).Fate);
    }

    [Fact]
    public async Task MigrateAsync_PersonSavedWithoutIndexRows_IsIndexedWithoutAnAuditEntry()
    {
        var person = Registry.Person();
        await SaveAsync(person);
        var keys = await KeysAsync(person.Id);
        long entries;
        await using (var context = Db.NewContext())
        {
            await context.Database.ExecuteSqlRawAsync("DELETE FROM \"PersonNameKeys\"", Cancel);
            await context.Database.ExecuteSqlRawAsync("DELETE FROM \"PersonIndex\"", Cancel);
            entries = await context.AuditEntries.LongCountAsync(Cancel);
        }

        await UndoLastMigrationAsync();
        await Db.Database.MigrateAsync(Cancel);

        await using var check = Db.NewContext();
        Assert.True(await check.PersonIndex.AnyAsync(e => e.PersonId == person.Id, Cancel));
        Assert.Equal(keys, await KeysAsync(person.Id));
        Assert.Equal(entries, await check.AuditEntries.LongCountAsync(Cancel));
    }

    [Fact]
    public async Task SaveChanges_NewPerson_KeysCarryTheSortName()
    {
        var person = Registry.Person();
        await SaveAsync(person);

        await using var context = Db.NewContext();
        var sortNames = await context.PersonNameKeys.Where(k => k.PersonId == person.Id).Select(k => k.SortName).Distinct().ToListAsync(Cancel);
        Assert.Equal(["harutyunyan arayik"], sortNames);
    }

    [Fact]
    public async Task Migrate_FromBeforeSortedKeys_FillsTheSortNameOfKeysAlreadyIndexed()
    {
        var person = Registry.Person();
        await SaveAsync(person);
        await using (var context = Db.NewContext())
        {
            var migrations = context.Database.GetMigrations().ToList();
            var previous = migrations[migrations.FindIndex(m => m.EndsWith("_SearchKeysInNameOrder", StringComparison.Ordinal)) - 1];
            var migrator = context.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>();
            await migrator.MigrateAsync(previous, Cancel);
            await migrator.MigrateAsync(cancellationToken: Cancel);
        }

        await using var check = Db.NewContext();
        var sortNames = await check.PersonNameKeys.Where(k => k.PersonId == person.Id).Select(k => k.SortName).Distinct().ToListAsync(Cancel);
        Assert.Equal(["harutyunyan arayik"], sortNames);
    }

    [Fact]
    public async Task SaveChanges_PeopleSharingAFamilyName_VocabularyCountsEachOnce()
    {
        await SaveAsync(Registry.Person(given: "Arayik"), Registry.Person(given: "Davit"), Registry.Person(given: "Մարտին", family: "Գրիգորյան"));
        var family = PersonIndexer.KeysOfQueryWord("Harutyunyan").Intersect(await AllKeysAsync()).ToList();

        var counts = await CountsAsync();

        Assert.NotEmpty(family);
        Assert.All(family, key => Assert.Equal(2, counts[key]));
        Assert.Equal(await RowsPerKeyAsync(), counts.Where(c => c.Value > 0).ToDictionary(StringComparer.Ordinal));
    }

    [Fact]
    public async Task SaveChanges_NameWithdrawn_VocabularyLosesItsKeys()
    {
        var person = Registry.Person();
        person.AddName(new PersonName("Армен", "Саргсян", origin: "list"));
        await SaveAsync(person);
        await using (var context = Db.NewContext())
        {
            var stored = await context.People.SingleAsync(p => p.Id == person.Id, Cancel);
            stored.WithdrawName(new NameWithdrawal(1, "Another man's name.", null, null, null, "tester", Registry.Now));
            await context.SaveChangesAsync(Cancel);
        }

        var counts = await CountsAsync();

        Assert.Equal(0, counts[PersonIndexer.KeysOfQueryWord("Саргсян").First(counts.ContainsKey)]);
        Assert.Equal(await RowsPerKeyAsync(), counts.Where(c => c.Value > 0).ToDictionary(StringComparer.Ordinal));
    }

    [Fact]
    public async Task MigrateAsync_KeysBackfilled_VocabularyIsCountedAfresh()
    {
        await SaveAsync(Registry.Person(), Registry.Person(given: "Davit"));
        await using (var context = Db.NewContext())
        {
            await context.Database.ExecuteSqlRawAsync("DELETE FROM \"PersonNameKeys\"", Cancel);
            await context.Database.ExecuteSqlRawAsync("DELETE FROM \"PersonIndex\"", Cancel);
        }

        await UndoLastMigrationAsync();
        await Db.Database.MigrateAsync(Cancel);

        Assert.Equal(await RowsPerKeyAsync(), (await CountsAsync()).Where(c => c.Value > 0).ToDictionary(StringComparer.Ordinal));
    }

    [Fact]
    public async Task SaveChanges_NamesAddedAndWithdrawn_PairsAreEveryTwoKeysOfThePerson()
    {
        var person = Registry.Person();
        await SaveAsync(person);
        Assert.Equal(PersonNamePair.AllOf(await KeysAsync(person.Id)).Order(StringComparer.Ordinal), await PairsAsync(person.Id));

        await using (var context = Db.NewContext())
        {
            var stored = await context.People.SingleAsync(p => p.Id == person.Id, Cancel);
            stored.AddName(new PersonName("Армен", "Саргсян", origin: "list"));
            await context.SaveChangesAsync(Cancel);
        }

        var added = await PairsAsync(person.Id);
        Assert.Equal(PersonNamePair.AllOf(await KeysAsync(person.Id)).Order(StringComparer.Ordinal), added);
        var sargsyan = (await KeysAsync(person.Id)).Intersect(PersonIndexer.KeysOfQueryWord("Саргсян")).First();
        Assert.Contains(added, p => p.Split(PersonNamePair.Separator).Contains(sargsyan));

        await using (var context = Db.NewContext())
        {
            var stored = await context.People.SingleAsync(p => p.Id == person.Id, Cancel);
            stored.WithdrawName(new NameWithdrawal(1, "Another man's name.", null, null, null, "tester", Registry.Now));
            await context.SaveChangesAsync(Cancel);
        }

        var withdrawn = await PairsAsync(person.Id);
        Assert.Equal(PersonNamePair.AllOf(await KeysAsync(person.Id)).Order(StringComparer.Ordinal), withdrawn);
        Assert.True(withdrawn.Count < added.Count);
    }

    [Fact]
    public async Task SaveChanges_RecordJoinedAndLeft_IdentityHasThePairsOfBothRecordsWhileJoined()
    {
        var first = Registry.Person(given: "Arayik", family: "Harutyunyan");
        var second = Registry.Person(given: "Mher", family: "Sargsyan");
        await SaveAsync(first, second);
        var (identity, joined) = first.Id.CompareTo(second.Id) < 0 ? (first, second) : (second, first);
        var alone = await PairsAsync(identity.Id);

        await BelongAsync(joined.Id, identity.Id);
        var together = await PairsAsync(identity.Id);
        var keys = (await KeysAsync(identity.Id)).Concat(await KeysAsync(joined.Id)).ToList();
        Assert.Equal(PersonNamePair.AllOf(keys).Order(StringComparer.Ordinal), together);
        Assert.Empty(await PairsAsync(joined.Id));
        await using (var context = Db.NewContext())
        {
            var sortNames = await context.PersonNamePairs.Where(p => p.IdentityId == identity.Id).Select(p => p.SortName).Distinct().ToListAsync(Cancel);
            var head = await context.PersonIndex.SingleAsync(e => e.PersonId == identity.Id, Cancel);
            Assert.Equal([head.SortName], sortNames);
        }

        await BelongAsync(joined.Id, joined.Id);
        Assert.Equal(alone, await PairsAsync(identity.Id));
        Assert.Equal(PersonNamePair.AllOf(await KeysAsync(joined.Id)).Order(StringComparer.Ordinal), await PairsAsync(joined.Id));
    }

    [Fact]
    public async Task RebuildPairsAsync_AfterSaves_WritesTheSamePairsTheSavesKept()
    {
        var people = new[]
        {
            Registry.Person(given: "Arayik", family: "Harutyunyan"),
            Registry.Person(given: "Давид", family: "Григорян"),
            Registry.Person(given: "Գոռ", family: "Սարգսյան"),
            Registry.Person(given: "Elnur", family: "Abbasov"),
        };
        people[0].AddName(new PersonName("Արայիկ", "Հարությունյան", patronymic: "Ռուբենի"));
        await SaveAsync(people);
        await BelongAsync(people[1].Id, people[0].Id);
        var kept = await AllPairsAsync();

        await using (var context = Db.NewContext())
        {
            await PersonIndexer.RebuildPairsAsync(context, Cancel);
        }

        Assert.NotEmpty(kept);
        Assert.Equal(kept, await AllPairsAsync());
    }

    [Fact]
    public async Task MigrateAsync_NothingToMigrate_DoesNotLookForUnindexedPeople()
    {
        var person = Registry.Person();
        await SaveAsync(person);
        await using (var context = Db.NewContext())
        {
            await context.Database.ExecuteSqlRawAsync("DELETE FROM \"PersonNameKeys\"", Cancel);
            await context.Database.ExecuteSqlRawAsync("DELETE FROM \"PersonIndex\"", Cancel);
        }

        // A start of an up-to-date registry reads nothing per person: the person whose index rows
        // were removed by hand stays unindexed (every save indexes what it saves).
        await Db.Database.MigrateAsync(Cancel);

        await using var check = Db.NewContext();
        Assert.False(await check.PersonIndex.AnyAsync(e => e.PersonId == person.Id, Cancel));
    }

    // A registry as an older version of the app left it: the newest migration not yet applied.
    private async Task UndoLastMigrationAsync()
    {
        await using var context = Db.NewContext();
        var migrations = context.Database.GetMigrations().ToList();
        await context.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>().MigrateAsync(migrations[^2], Cancel);
    }

    private async Task<Dictionary<string, int>> CountsAsync()
    {
        await using var context = Db.NewContext();
        return await context.PersonNameKeyCounts.ToDictionaryAsync(c => c.Key, c => c.Rows, StringComparer.Ordinal, Cancel);
    }

    private async Task<Dictionary<string, int>> RowsPerKeyAsync()
    {
        await using var context = Db.NewContext();
        var rows = await context.PersonNameKeys.GroupBy(k => k.Key).Select(g => new { g.Key, Rows = g.Count() }).ToListAsync(Cancel);
        return rows.ToDictionary(r => r.Key, r => r.Rows, StringComparer.Ordinal);
    }

    private async Task<List<string>> AllKeysAsync()
    {
        await using var context = Db.NewContext();
        return await context.PersonNameKeys.Select(k => k.Key).Distinct().ToListAsync(Cancel);
    }

    private async Task SaveAsync(params object[] records)
    {
        await using var context = Db.NewContext();
        context.AddRange(records);
        await context.SaveChangesAsync(Cancel);
    }

    private async Task<List<string>> PairsAsync(Guid identityId)
    {
        await using var context = Db.NewContext();
        var pairs = await context.PersonNamePairs.Where(p => p.IdentityId == identityId).Select(p => p.Key).ToListAsync(Cancel);
        pairs.Sort(StringComparer.Ordinal);
        return pairs;
    }

    private async Task<List<(Guid, string, string)>> AllPairsAsync()
    {
        await using var context = Db.NewContext();
        var pairs = await context.PersonNamePairs.Select(p => new { p.IdentityId, p.Key, p.SortName }).ToListAsync(Cancel);
        return [.. pairs.Select(p => (p.IdentityId, p.Key, p.SortName)).OrderBy(p => p.IdentityId).ThenBy(p => p.Key, StringComparer.Ordinal)];
    }

    private async Task BelongAsync(Guid personId, Guid identityId)
    {
        await using var context = Db.NewContext();
        var person = await context.People.SingleAsync(p => p.Id == personId, Cancel);
        person.BelongTo(identityId);
        await context.SaveChangesAsync(Cancel);
    }

    private async Task<List<string>> KeysAsync(Guid personId)
    {
        await using var context = Db.NewContext();
        var keys = await context.PersonNameKeys.Where(k => k.PersonId == personId).Select(k => k.Key).ToListAsync(Cancel);
        keys.Sort(StringComparer.Ordinal);
        return keys;
    }
}
