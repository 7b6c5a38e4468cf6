using Microsoft.EntityFrameworkCore;
using Whereabouts.Domain;
using Whereabouts.Storage.Search;
using Whereabouts.Storage.Tests.Support;

namespace Whereabouts.Storage.Tests.Search;

/// <summary>
/// The search's fixed-shape SQL over the index, run against each provider by
/// <see cref="SqlitePersonSearchSqlTests"/> and <see cref="PostgresPersonSearchSqlTests"/>: the
/// same answers as the index's rows read through EF, ids and keys compared as each provider
/// stores them. Everyone here is invented.
/// </summary>
public abstract class PersonSearchSqlContractTests(DatabaseProvider provider) : ProviderTests(provider)
{
    [Fact]
    public async Task VocabularyAsync_KeysAndARange_GivesTheRowsOfEachKeyPresent()
    {
        await SaveAsync(Registry.Person("Arayik", "Harutyunyan"), Registry.Person("Aram", "Harutyunyan"), Registry.Person("Davit", "Grigoryan"));
        await using var context = Db.NewContext();
        var stored = await context.PersonNameKeyCounts.Where(c => c.Rows > 0).ToDictionaryAsync(c => c.Key, c => c.Rows, StringComparer.Ordinal, Cancel);
        var family = Key("Harutyunyan");

        var exact = await new PersonSearchSql(context).VocabularyAsync([family, "nosuchkey"], [], cancellationToken: Cancel);
        var ranged = await new PersonSearchSql(context).VocabularyAsync([], [new KeyRange("a", "{")], Cancel);

        Assert.Equal(2, exact[family]);
        Assert.Single(exact);
        Assert.Equal(
            stored.Where(p => string.CompareOrdinal(p.Key, "a") >= 0 && string.CompareOrdinal(p.Key, "{") < 0).OrderBy(p => p.Key, StringComparer.Ordinal),
            ranged.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public async Task FirstRowsAsync_TwoKeys_MergedInNameOrderEachUpToTheLimit()
    {
        Person[] people = [Registry.Person("Aram", "Bagratyan"), Registry.Person("Aram", "Abrahamyan"), Registry.Person("Aram", "Zakaryan")];
        Person[] others = [Registry.Person("Davit", "Ohanyan"), Registry.Person("Davit", "Danielyan")];
        await SaveAsync([.. people, .. others]);
        await using var context = Db.NewContext();

        var rows = await new PersonSearchSql(context).FirstRowsAsync([KeyCondition.Of(GivenKey("Aram")), KeyCondition.Of(GivenKey("Davit"))], [], null, 2, cancellationToken: Cancel);

        Assert.Equal(["abrahamyan aram", "bagratyan aram", "danielyan davit", "ohanyan davit"], rows.Select(r => r.SortName));
        Assert.Equal([0, 0, 1, 1], rows.Select(r => r.Stream));
        Assert.Equal([people[1].Id, people[0].Id, others[1].Id, others[0].Id], rows.Select(r => r.IdentityId));
    }

    [Fact]
    public async Task FirstRowsAsync_OtherWordAndFilters_KeepOnlyIdentitiesWithBoth()
    {
        var source = Registry.Source();
        var missing = Registry.Person("Aram", "Harutyunyan");
        missing.AssertFate(Registry.Assertion(source, FateStatus.Missing, "2020-11-01"));
        var held = Registry.Person("Aram", "Harutyunyan");
        held.AssertFate(Registry.Assertion(source, FateStatus.CaptureConfirmed, "2020-11-01"));
        var otherName = Registry.Person("Davit", "Harutyunyan");
        otherName.AssertFate(Registry.Assertion(source, FateStatus.Missing, "2020-11-01"));
        await SaveAsync(source, missing, held, otherName);
        await using var context = Db.NewContext();
        var sql = new PersonSearchSql(context);
        var family = KeyCondition.Of(Key("Harutyunyan"));
        var aram = KeyCondition.Of(GivenKey("Aram"));

        var both = await sql.FirstRowsAsync([family], [aram], null, 10, cancellationToken: Cancel);
        var missingAram = await sql.FirstRowsAsync([family], [aram], new IndexFilter(FateStatus.Missing, "armenian", false, null, false), 10, cancellationToken: Cancel);
        var noSide = await sql.FirstRowsAsync([family], [], new IndexFilter(null, null, true, null, null), 10, cancellationToken: Cancel);

        Assert.Equal(new[] { missing.Id, held.Id }.Order(), both.Select(r => r.IdentityId).Order());
        Assert.Equal([missing.Id], missingAram.Select(r => r.IdentityId));
        Assert.Empty(noSide);
    }

    [Fact]
    public async Task FirstRowsAsync_TwoStreamsAndAnotherWord_GivesThePeopleWithBothInNameOrder()
    {
        Person[] found = [Registry.Person("Aram", "Zakaryan"), Registry.Person("Aram", "Bagratyan"), Registry.Person("Aram", "Abrahamyan")];
        Person[] otherGiven = [Registry.Person("Davit", "Bagratyan"), Registry.Person("Davit", "Abrahamyan")];
        await SaveAsync([.. found, .. otherGiven]);
        await using var context = Db.NewContext();
        var streams = new[] { KeyCondition.Of(Key("Bagratyan")), KeyCondition.Of(Key("Abrahamyan")), KeyCondition.Of(Key("Zakaryan")) };

        var rows = await new PersonSearchSql(context).FirstRowsAsync(streams, [KeyCondition.Of(GivenKey("Aram"))], null, 10, cancellationToken: Cancel);

        Assert.Equal([found[2].Id, found[1].Id, found[0].Id], rows.Select(r => r.IdentityId));
        Assert.Equal(["abrahamyan aram", "bagratyan aram", "zakaryan aram"], rows.Select(r => r.SortName));
    }

    [Fact]
    public async Task Reads_FewRowsTestedAgainstAWordOfManyRows_SameAnswersAsWithoutTheCounts()
    {
        // With the counts, PostgreSQL looks each tested row up instead of joining the other word's
        // rows (SQLite always does): the answers must not change.
        Person[] arams = [Registry.Person("Aram", "Zakaryan"), Registry.Person("Aram", "Bagratyan")];
        await SaveAsync([.. arams, Registry.Person("Davit", "Zakaryan"), Registry.Person("Aram", "Grigoryan")]);
        await using var context = Db.NewContext();
        var sql = new PersonSearchSql(context);
        var family = new KeyCondition([Key("Zakaryan"), Key("Bagratyan")], []);
        var given = KeyCondition.Of(GivenKey("Aram"));
        var counted = (Family: family with { Rows = 1 }, Given: given with { Rows = 1_000_000 });

        var rows = await sql.FirstRowsAsync([counted.Family], [counted.Given], null, 10, cancellationToken: Cancel);
        var count = await sql.CountAsync(counted.Family, [counted.Given], null, cancellationToken: Cancel);
        var sample = await sql.SampleAsync([(counted.Family, 10)], [counted.Given], null, cancellationToken: Cancel);

        Assert.Equal((await sql.FirstRowsAsync([family], [given], null, 10, cancellationToken: Cancel)).Select(r => r.IdentityId), rows.Select(r => r.IdentityId));
        Assert.Equal(new[] { arams[0].Id, arams[1].Id }.Order(), rows.Select(r => r.IdentityId).Order());
        Assert.Equal(2, count);
        Assert.Equal((3, 2), sample[0]);
    }

    [Fact]
    public async Task FirstRowsAsync_Incident_KeepsThePeopleWithAnAssertionAboutIt()
    {
        var source = Registry.Source();
        var incident = new Incident(Guid.NewGuid(), "Invented fighting", PartialDate.Parse("2020-11-01"));
        var there = Registry.Person("Aram", "Harutyunyan");
        there.AssertFate(new FateAssertion(Guid.NewGuid(), FateStatus.Missing, PartialDate.Parse("2020-11-01"), new Evidence(source.Id, "as the source says", null, Credibility.ProbablyTrue), "tester", Registry.Now, incident.Id));
        var elsewhere = Registry.Person("Davit", "Harutyunyan");
        elsewhere.AssertFate(Registry.Assertion(source, FateStatus.Missing, "2020-11-01"));
        await SaveAsync(source, incident, there, elsewhere);
        await using var context = Db.NewContext();

        var rows = await new PersonSearchSql(context).FirstRowsAsync([KeyCondition.Of(Key("Harutyunyan"))], [], new IndexFilter(null, null, false, incident.Id, null), 10, cancellationToken: Cancel);

        Assert.Equal([there.Id], rows.Select(r => r.IdentityId));
    }

    [Fact]
    public async Task CountAsync_WordsInARange_CountsEachIdentityOnce()
    {
        await SaveAsync(Registry.Person("Aram", "Harutyunyan"), Registry.Person("Aram", "Harutiunian"), Registry.Person("Davit", "Harutyunyan"), Registry.Person("Aram", "Grigoryan"));
        await using var context = Db.NewContext();
        var prefix = Key("Harutyunyan")[..3];

        var count = await new PersonSearchSql(context).CountAsync(
            new KeyCondition([], [new KeyRange(prefix, prefix[..^1] + (char)(prefix[^1] + 1))]), [KeyCondition.Of(GivenKey("Aram"))], null, cancellationToken: Cancel);

        Assert.Equal(2, count);
    }

    [Fact]
    public async Task SampleAsync_TwoStreams_TakesEachUpToItsShareAndCountsThoseThatPass()
    {
        var people = Enumerable.Range(0, 6).Select(i => Registry.Person(i % 2 == 0 ? "Aram" : "Davit", "Harutyunyan")).ToList();
        people.AddRange(Enumerable.Range(0, 3).Select(_ => Registry.Person("Aram", "Grigoryan")));
        await SaveAsync([.. people]);
        await using var context = Db.NewContext();

        var sampled = await new PersonSearchSql(context).SampleAsync(
            [(KeyCondition.Of(Key("Harutyunyan")), 100), (KeyCondition.Of(Key("Grigoryan")), 2)], [KeyCondition.Of(GivenKey("Aram"))], null, cancellationToken: Cancel);

        Assert.Equal(6, sampled[0].Taken);
        Assert.Equal(3, sampled[0].Passed);
        Assert.Equal((2, 2), sampled[1]);
    }

    [Fact]
    public async Task EntriesAsync_SomeIds_GivesTheirIndexEntriesAsEfReadsThem()
    {
        var source = Registry.Source();
        var person = Registry.Person();
        person.AssertFate(Registry.Assertion(source, FateStatus.Missing, "2020-12-12"));
        var other = Registry.Person("Davit", "Grigoryan");
        await SaveAsync(source, person, other);
        await using var context = Db.NewContext();
        var expected = await context.PersonIndex.AsNoTracking().SingleAsync(e => e.PersonId == person.Id, Cancel);

        var entries = await new PersonSearchSql(context).EntriesAsync([person.Id, Guid.NewGuid()], Cancel);

        var entry = Assert.Single(entries).Value;
        Assert.Equal(
            (expected.PersonId, expected.IdentityId, expected.DisplayName, expected.SortName, expected.Side, expected.Fate, expected.IsContested, expected.BirthYear, expected.IsInvented),
            (entry.PersonId, entry.IdentityId, entry.DisplayName, entry.SortName, entry.Side, entry.Fate, entry.IsContested, entry.BirthYear, entry.IsInvented));
        Assert.Equal(FateStatus.Missing, entry.Fate);
    }

    [Fact]
    public async Task KeysOfAsync_AnIdentity_GivesEveryKeyOfItsRecords()
    {
        var person = Registry.Person();
        await SaveAsync(person, Registry.Person("Davit", "Grigoryan"));
        await using var context = Db.NewContext();
        var stored = await context.PersonNameKeys.Where(k => k.IdentityId == person.Id).Select(k => k.Key).ToListAsync(Cancel);

        var keys = await new PersonSearchSql(context).KeysOfAsync([person.Id], Cancel);

        Assert.All(keys, k => Assert.Equal(person.Id, k.IdentityId));
        Assert.Equal(stored.Order(StringComparer.Ordinal), keys.Select(k => k.Key).Order(StringComparer.Ordinal));
    }

    // The key a name has as a family name, and as a given name.
    protected static string Key(string family) => Whereabouts.Linkage.Names.NameKeys.Family(family).Split(' ')[0];

    protected static string GivenKey(string given) => Whereabouts.Linkage.Names.NameKeys.Given(given).Split(' ')[0];

    protected async Task SaveAsync(params object[] records)
    {
        await using var context = Db.NewContext();
        context.AddRange(records);
        await context.SaveChangesAsync(Cancel);
    }
}
