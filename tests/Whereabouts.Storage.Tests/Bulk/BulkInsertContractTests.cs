using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Whereabouts.Domain;
using Whereabouts.Storage.Audit;
using Whereabouts.Storage.Search;
using Whereabouts.Storage.Tests.Support;
using Whereabouts.Testing;

namespace Whereabouts.Storage.Tests.Bulk;

/// <summary>
/// What the bulk save promises, run against each provider by <see cref="SqliteBulkInsertTests"/>
/// and <see cref="PostgresBulkInsertTests"/>: new people saved in bulk are stored exactly as a
/// normal save stores them (every table, every audit entry), the audit chain stays intact across
/// bulk and normal saves, and a failure part-way leaves nothing written.
/// </summary>
public abstract class BulkInsertContractTests(DatabaseProvider provider) : ProviderTests(provider)
{
    private static readonly Guid SourceId = new("6a1d1c70-0000-4000-8000-000000000001");

    [Fact]
    public async Task SaveChangesInBulk_NewPeople_EveryTableHoldsWhatANormalSaveWrites()
    {
        await using var normal = await TestDatabase.CreateAsync(Provider);
        await SaveSourceAsync(normal);
        await SaveSourceAsync(Db);

        await using (var context = NewContext(normal))
        {
            context.People.AddRange(People(40));
            await context.SaveChangesAsync(Cancel);
        }

        await using (var context = NewContext(Db))
        {
            context.People.AddRange(People(40));
            await context.SaveChangesInBulkAsync(Cancel);
        }

        await using var expected = normal.NewContext();
        await using var actual = Db.NewContext();
        foreach (var table in Tables(expected))
        {
            var want = await RowsAsync(expected, table);
            var got = await RowsAsync(actual, table);
            Assert.True(want.SequenceEqual(got, StringComparer.Ordinal), $"{table} differs:\nnormal: {string.Join("\n        ", want.Except(got))}\nbulk:   {string.Join("\n        ", got.Except(want))}");
        }

        Assert.NotEmpty(await RowsAsync(actual, "PersonNameKeys"));
    }

    [Fact]
    public async Task SaveChangesInBulk_EditAndManyNewPeople_EveryTableAndTheChainAreWhatANormalSaveWrites()
    {
        // Enough new people that the audit entries are still being made on the other thread while
        // the rows are written, and an edit of a stored person among them, which EF saves.
        await using var normal = await TestDatabase.CreateAsync(Provider);
        foreach (var (database, inBulk) in new[] { (normal, false), (Db, true) })
        {
            await SaveSourceAsync(database);
            var people = People(600);
            await using (var context = NewContext(database))
            {
                context.People.AddRange(people.Take(50));
                await context.SaveChangesAsync(Cancel);
            }

            await using (var context = NewContext(database))
            {
                var person = await context.People.SingleAsync(p => p.Id == people[7].Id, Cancel);
                person.AssertFate(Assertion(new Random(97), FateStatus.Released, "2021-05-01"));
                context.People.AddRange(people.Skip(50));
                await (inBulk ? context.SaveChangesInBulkAsync(Cancel) : context.SaveChangesAsync(Cancel));
            }
        }

        await using var expected = normal.NewContext();
        await using var actual = Db.NewContext();
        foreach (var table in Tables(expected))
        {
            var want = await RowsAsync(expected, table);
            var got = await RowsAsync(actual, table);
            Assert.True(want.SequenceEqual(got, StringComparer.Ordinal), $"{table} differs:\nnormal: {string.Join("\n        ", want.Except(got))}\nbulk:   {string.Join("\n        ", got.Except(want))}");
        }

        var result = await AuditVerifier.VerifyAsync(actual, Cancel);
        Assert.True(result.IsIntact, result.Problem);
        Assert.Equal(600, await actual.People.CountAsync(Cancel));
    }

    [Fact]
    public async Task SaveChangesInBulk_BetweenNormalSaves_AuditChainStaysIntact()
    {
        await SaveSourceAsync(Db);
        var people = People(30);
        await using (var context = NewContext(Db))
        {
            context.People.AddRange(people.Take(10));
            await context.SaveChangesInBulkAsync(Cancel);
        }

        await using (var context = NewContext(Db))
        {
            var person = await context.People.SingleAsync(p => p.Id == people[3].Id, Cancel);
            person.AssertFate(Assertion(new Random(99), FateStatus.Released, "2021-05-01"));
            context.People.Add(people[10]);
            await context.SaveChangesAsync(Cancel);
        }

        await using (var context = NewContext(Db))
        {
            // A bulk save that also edits a person: the new people go the fast way, the edit EF's way.
            var person = await context.People.SingleAsync(p => p.Id == people[4].Id, Cancel);
            person.AssertFate(Assertion(new Random(98), FateStatus.Deceased, "2021-06-01"));
            context.People.AddRange(people.Skip(11));
            await context.SaveChangesInBulkAsync(Cancel);
        }

        await using var check = Db.NewContext();
        var result = await AuditVerifier.VerifyAsync(check, Cancel);
        Assert.True(result.IsIntact, result.Problem);
        Assert.Equal(30, await check.People.CountAsync(Cancel));
        Assert.Equal(FateStatus.Deceased, (await check.PersonIndex.SingleAsync(e => e.PersonId == people[4].Id, Cancel)).Fate);
        Assert.Equal(1, (await check.People.SingleAsync(p => p.Id == people[4].Id, Cancel)).Version);
    }

    [Fact]
    public async Task SaveChangesInBulk_NewPeople_EveryRowMatchesTheStateItsEntryRecorded()
    {
        await SaveSourceAsync(Db);
        await using (var context = NewContext(Db))
        {
            context.People.AddRange(People(25));
            await context.SaveChangesInBulkAsync(Cancel);
        }

        await using var check = Db.NewContext();
        var report = await AuditVerifier.InspectAsync(check, [], AuditVerifier.DefaultMaxProblems, Cancel);

        // The test database's two parties are written past the log (TestParties): those, and
        // nothing the bulk save wrote, have no entry.
        Assert.True(report.RowsChecked > 25 * 2);
        Assert.All(report.RowProblems, p => Assert.Equal(("Parties", "no audit entry is about this row: inserted by hand"), (p.Table, p.Problem)));
        Assert.Equal(2, report.RowProblemCount);
    }

    [Fact]
    public async Task SaveChangesInBulk_DuplicateKeyPartWay_NothingIsWritten()
    {
        await SaveSourceAsync(Db);
        var people = People(20);
        await using (var context = NewContext(Db))
        {
            context.People.Add(people[0]);
            await context.SaveChangesAsync(Cancel);
        }

        var before = await CountsAsync();
        await using (var context = NewContext(Db))
        {
            context.People.AddRange(People(20).Skip(1).Take(9));
            context.People.Add(People(20)[0]);
            context.People.AddRange(People(20).Skip(10));
            await Assert.ThrowsAnyAsync<Exception>(() => context.SaveChangesInBulkAsync(Cancel));
        }

        Assert.Equal(before, await CountsAsync());
        await using var check = Db.NewContext();
        Assert.True((await AuditVerifier.VerifyAsync(check, Cancel)).IsIntact);
    }

    [Fact]
    public async Task SaveChangesInBulk_NewPeople_NameKeysFindThemInEveryScript()
    {
        await SaveSourceAsync(Db);
        var person = Registry.Person();
        person.AddName(new PersonName("Արայիկ", "Հարությունյան"));
        person.AddName(new PersonName("Араик", "Арутюнян"));
        await using (var context = NewContext(Db))
        {
            context.People.Add(person);
            await context.SaveChangesInBulkAsync(Cancel);
        }

        await using var check = Db.NewContext();
        foreach (var spelling in new[] { "Harutyunyan", "Арутюнян", "Հարությունյան" })
        {
            var keys = PersonIndexer.KeysOfQueryWord(spelling);
            Assert.Contains(person.Id, await check.PersonNameKeys.Where(k => keys.Contains(k.Key)).Select(k => k.PersonId).ToListAsync(Cancel));
        }
    }

    private static WhereaboutsDbContext NewContext(TestDatabase database)
    {
        var context = database.Database.CreateContext("bulk-tester");
        context.Clock = new FixedClock(Registry.Now);
        return context;
    }

    private static async Task SaveSourceAsync(TestDatabase database)
    {
        await using var context = NewContext(database);
        context.Sources.Add(new Source(SourceId, new SourceDetails(SourceKind.List, "Invented list", Publisher: "Invented office", Reliability: Reliability.B)));
        await context.SaveChangesAsync(Cancel);
    }

    private async Task<string> CountsAsync()
    {
        await using var context = Db.NewContext();
        var counts = new List<string>();
        foreach (var table in Tables(context))
        {
            var rows = await RowsAsync(context, table);
            counts.Add(string.Create(CultureInfo.InvariantCulture, $"{table}={rows.Count}"));
        }

        return string.Join(", ", counts);
    }

    // Invented people, the same for the same count: ids and every choice come from a fixed seed.
    private static List<Person> People(int count)
    {
        var random = new Random(2024);
        string[] given = ["Arayik", "Gor", "Narek", "Anar", "Elvin"];
        string[] family = ["Invented-Harutyunyan", "Invented-Grigoryan", "Invented-Mammadov", "Invented-Aliyev"];
        var people = new List<Person>();
        for (var i = 0; i < count; i++)
        {
            var person = new Person(
                NewId(random),
                new PersonName(given[random.Next(given.Length)], family[random.Next(family.Length)], i % 3 == 0 ? "Invented-Petrosi" : null, origin: "invented list", sourceId: SourceId),
                new PersonDetails(i % 5 == 0 ? Sex.Female : Sex.Male, i % 4 == 0 ? null : PartialDate.OfYear(1980 + random.Next(20)), Side: i % 2 == 0 ? "armenian" : "azerbaijani", Role: ServiceRole.Soldier, Rank: i % 3 == 0 ? "Private" : null),
                isInvented: true);
            if (i % 2 == 0)
            {
                person.AddName(new PersonName("Араик", i % 4 == 0 ? "Арутюнян" : "Алиев", origin: "Russian-language list"));
            }

            person.AssertFate(Assertion(random, FateStatus.Missing, "2020-10-0" + (1 + (i % 9)).ToString(CultureInfo.InvariantCulture)));
            if (i % 3 == 1)
            {
                person.AssertFate(Assertion(random, FateStatus.Detained, "2020-11-15"));
            }

            people.Add(person);
        }

        return people;
    }

    private static FateAssertion Assertion(Random random, FateStatus status, string asOf) =>
        new(NewId(random), status, PartialDate.Parse(asOf), new Evidence(SourceId, "as the invented list says", "row 7", Credibility.ProbablyTrue), "tester", Registry.Now);

    private static Guid NewId(Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private static List<string> Tables(WhereaboutsDbContext context) =>
        [.. context.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    // Every row as text, sorted; an audit entry without its place in the chain (sequence, hashes)
    // and its time, which depend on what came before (the test parties are saved at the real time).
    private static async Task<List<string>> RowsAsync(WhereaboutsDbContext context, string table)
    {
        await context.Database.OpenConnectionAsync(Cancel);
        await using var command = context.Database.GetDbConnection().CreateCommand();
        command.CommandText = $"SELECT * FROM \"{table}\"";
        await using var reader = await command.ExecuteReaderAsync(Cancel);
        var rows = new List<string>();
        while (await reader.ReadAsync(Cancel))
        {
            var fields = new List<string>();
            for (var i = 0; i < reader.FieldCount; i++)
            {
                if (table == "AuditEntries" && reader.GetName(i) is "Sequence" or "Hash" or "PreviousHash" or "RecordedAt")
                {
                    continue;
                }

                var value = reader.GetValue(i);
                fields.Add(reader.GetName(i) + "=" + (value is byte[] bytes ? Convert.ToHexString(bytes) : Convert.ToString(value, CultureInfo.InvariantCulture)));
            }

            rows.Add(string.Join(" | ", fields));
        }

        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
