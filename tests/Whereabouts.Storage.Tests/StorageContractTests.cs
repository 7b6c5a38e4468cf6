using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Whereabouts.Domain;
using Whereabouts.Storage.Tests.Support;
using Whereabouts.Testing;

namespace Whereabouts.Storage.Tests;

/// <summary>
/// What the registry's storage promises, run against each provider by the subclasses
/// <see cref="SqliteStorageTests"/> and <see cref="PostgresStorageTests"/>.
/// </summary>
public abstract class StorageContractTests(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase? _database;

    private TestDatabase Db => _database ?? throw new InvalidOperationException("Not initialised.");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _database = await TestDatabase.CreateAsync(provider);

    public async ValueTask DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Migrate_FreshDatabase_SchemaMatchesModel()
    {
        await using var context = Db.NewContext();
        Assert.Empty(await context.Database.GetPendingMigrationsAsync(Cancel));
        Assert.False(context.Database.HasPendingModelChanges(), "The model has changes no migration covers: add a migration for both providers.");
    }

    [Fact]
    public async Task SaveChanges_PersonWithNamesFateAndRetraction_ReadsBackTheSame()
    {
        var source = Registry.Source();
        var person = new Person(
            Guid.NewGuid(),
            new PersonName("Arayik", "Harutyunyan", "Samveli", "family report"),
            new PersonDetails(Sex.Male, PartialDate.Parse("~2001-05"), null, "armenian", ServiceRole.Soldier, "Invented force", "Private", "Unit 1 (invented)", "AB-1234"),
            isInvented: true);
        person.AddName(new PersonName("Արայիկ", "Հարությունյան", "Սամվելի", "unit roster"));
        person.AddName(new PersonName("Араик", "Арутюнян", "Самвелович", "list from the detaining side", source.Id));
        var missing = Registry.Assertion(source, FateStatus.Missing, "2020-12-12");
        var captured = Registry.Assertion(source, FateStatus.CaptureConfirmed, "2020-12-14", Credibility.Confirmed);
        person.AssertFate(missing);
        person.AssertFate(captured);
        person.RetractFate(new FateRetraction(Guid.NewGuid(), missing.Id, "namesake", new Evidence(source.Id, null, "row 4", Credibility.Confirmed), "tester", Registry.Now));

        await using (var context = Db.NewContext())
        {
            context.Sources.Add(source);
            context.People.Add(person);
            await context.SaveChangesAsync(Cancel);
        }

        await using (var context = Db.NewContext())
        {
            var loaded = await context.People.SingleAsync(p => p.Id == person.Id, Cancel);
            Assert.Equal(person.Names, loaded.Names);
            Assert.Equal(NameScript.Cyrillic, loaded.Names[2].Script);
            Assert.Equal(person.Details, loaded.Details);
            Assert.True(loaded.IsInvented);
            Assert.Equal(2, loaded.FateAssertions.Count);
            Assert.Single(loaded.FateRetractions);
            Assert.Equal(FateStatus.CaptureConfirmed, loaded.Fate.Status);
            var loadedCapture = loaded.FateAssertions.Single(a => a.Id == captured.Id);
            Assert.Equal(captured.Evidence, loadedCapture.Evidence);
            Assert.Equal(PartialDate.OfDay(2020, 12, 14), loadedCapture.AsOf);
            Assert.Equal(Registry.Now, loadedCapture.RecordedAt);
        }
    }

    [Fact]
    public async Task SaveChanges_SourceClaimPlaceAndIncident_ReadBackTheSame()
    {
        var region = new Place(Guid.NewGuid(), PlaceKind.Region, [new PlaceName("Hadrut", "en"), new PlaceName("Հադրութ", "hy")]);
        var village = new Place(
            Guid.NewGuid(),
            PlaceKind.Village,
            [new PlaceName("Khtsabert", "en"), new PlaceName("Khtsaberd", "en"), new PlaceName("Хцаберд", "ru"), new PlaceName("Խծաբերդ", "hy")],
            new Coordinates(39.54, 46.93),
            region.Id);
        var incident = new Incident(Guid.NewGuid(), "Fighting at Khtsabert (test)", PartialDate.OfDay(2020, 12, 11), PartialDate.Parse("~2020-12-13"), "invented description");
        incident.AddPlace(village.Id);
        incident.AddParty("Armenian forces");
        incident.AddParty("Russian peacekeepers");
        var source = Registry.Source("Invented statement");
        source.RecordArchivedContent("invented statement text"u8);
        var claim = new CountClaim(
            Guid.NewGuid(),
            new CountClaimDetails(source.Id, 40, 140, CountQualifier.Range, CountCategory.Held, "armenian", incident.Id, null, PartialDate.OfMonth(2021, 12), ClaimStatus.Asserted, "invented rights group", "Between 40 and 140 are still held."),
            "tester",
            Registry.Now);

        await using (var context = Db.NewContext())
        {
            context.AddRange(region, village, incident, source, claim);
            await context.SaveChangesAsync(Cancel);
        }

        await using (var context = Db.NewContext())
        {
            var loadedVillage = await context.Places.SingleAsync(p => p.Id == village.Id, Cancel);
            Assert.Equal(village.Names, loadedVillage.Names);
            Assert.Equal(village.Coordinates, loadedVillage.Coordinates);
            Assert.Equal(region.Id, loadedVillage.ParentId);
            Assert.Null((await context.Places.SingleAsync(p => p.Id == region.Id, Cancel)).Coordinates);

            var loadedIncident = await context.Incidents.SingleAsync(i => i.Id == incident.Id, Cancel);
            Assert.Equal([village.Id], loadedIncident.PlaceIds);
            Assert.Equal(["Armenian forces", "Russian peacekeepers"], loadedIncident.Parties);
            Assert.Equal(incident.EndedOn, loadedIncident.EndedOn);

            Assert.Equal(source.ContentSha256, (await context.Sources.SingleAsync(s => s.Id == source.Id, Cancel)).ContentSha256);
            var loadedClaim = await context.CountClaims.SingleAsync(c => c.Id == claim.Id, Cancel);
            Assert.Equal(claim.Details, loadedClaim.Details);
            Assert.Equal(ClaimScope.Incident, loadedClaim.Scope);
        }
    }

    [Fact]
    public async Task SaveChanges_ExchangeWithItsPeopleAndTheirNewFates_ReadsBackTheSameAndIsAudited()
    {
        var manifest = Registry.Source("Invented flight manifest");
        var handover = Registry.Source("Invented handover list");
        var armenian = Registry.Person();
        armenian.UpdateDetails(armenian.Details with { Side = "armenian" });
        armenian.AssertFate(Registry.Assertion(manifest, FateStatus.CaptureConfirmed, "2020-11-30", Credibility.Confirmed));
        var azerbaijani = Registry.Person("Elvin", "Mammadov");
        azerbaijani.UpdateDetails(azerbaijani.Details with { Side = "azerbaijani" });
        var exchange = new Exchange(
            Guid.NewGuid(),
            new ExchangeDetails(PartialDate.OfDay(2020, 12, 14), ExchangeTerms.AllForAll, Route: "by air", Parties: ["Armenia", "Azerbaijan"], Mediators: ["ICRC", "Russia"]),
            [manifest.Id, handover.Id],
            [new ExchangeTransfer(armenian.Id, "azerbaijani", "armenian"), new ExchangeTransfer(azerbaijani.Id, "armenian", "azerbaijani", TransferKind.Remains, handover.Id)],
            "tester",
            Registry.Now);
        armenian.AssertFate(exchange.AssertionFor(armenian, Guid.NewGuid(), Credibility.Confirmed));

        await using (var context = Db.NewContext())
        {
            context.AddRange(manifest, handover, armenian, azerbaijani, exchange);
            await context.SaveChangesAsync(Cancel);
        }

        await using (var context = Db.NewContext())
        {
            var loaded = await context.Exchanges.SingleAsync(e => e.Id == exchange.Id, Cancel);
            Assert.Equal((exchange.Date, exchange.Terms, exchange.Route), (loaded.Date, loaded.Terms, loaded.Route));
            Assert.Equal(["Armenia", "Azerbaijan"], loaded.Parties);
            Assert.Equal(["ICRC", "Russia"], loaded.Mediators);
            Assert.Equal([manifest.Id, handover.Id], loaded.SourceIds);
            Assert.Equal(exchange.Transfers, loaded.Transfers);
            Assert.Equal(FateStatus.Repatriated, (await context.People.SingleAsync(p => p.Id == armenian.Id, Cancel)).Fate.Status);
            Assert.Contains(
                await context.AuditEntries.Where(e => e.SubjectId == exchange.Id.ToString()).ToListAsync(Cancel),
                e => e.Changes.Contains(azerbaijani.Id.ToString(), StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Migrate_RegistryMadeWhenSidesWereAnEnum_KeepsEverySideAsAPartySlug()
    {
        // The registry as the migrations before parties were data left it: built here with today's
        // model, then migrated down (sides back to 1 Armenian, 2 Azerbaijani, 0 unknown), then up.
        var manifest = Registry.Source("Invented flight manifest");
        var armenian = Registry.Person();
        armenian.UpdateDetails(armenian.Details with { Side = "armenian" });
        armenian.AssertFate(Registry.Assertion(manifest, FateStatus.CaptureConfirmed, "2020-11-30", Credibility.Confirmed));
        var azerbaijani = Registry.Person("Elvin", "Mammadov");
        azerbaijani.UpdateDetails(azerbaijani.Details with { Side = "azerbaijani" });
        var nobody = Registry.Person("Anna", "Petrosyan");
        nobody.UpdateDetails(nobody.Details with { Side = null });
        var claim = CountClaim.Propose(
            Guid.NewGuid(),
            new CountClaimDetails(manifest.Id, 14, null, CountQualifier.Exact, CountCategory.Released, "azerbaijani", null, null, null, ClaimStatus.Asserted, null, "14 people were handed over."),
            "tester",
            Registry.Now);
        var exchange = new Exchange(
            Guid.NewGuid(),
            new ExchangeDetails(PartialDate.OfDay(2020, 12, 14), ExchangeTerms.AllForAll),
            [manifest.Id],
            [new ExchangeTransfer(armenian.Id, "azerbaijani", "armenian"), new ExchangeTransfer(azerbaijani.Id, "armenian", "azerbaijani", TransferKind.Remains)],
            "tester",
            Registry.Now);
        await using (var context = Db.NewContext())
        {
            context.AddRange(manifest, armenian, azerbaijani, nobody, claim, exchange);
            await context.SaveChangesAsync(Cancel);
        }

        await using (var context = Db.NewContext())
        {
            var migrator = context.GetService<IMigrator>();
            await migrator.MigrateAsync("Exchanges", Cancel);
            var sides = await context.Database.SqlQuery<int>($"SELECT \"Side\" AS \"Value\" FROM \"People\" ORDER BY \"Side\"").ToListAsync(Cancel);
            Assert.Equal([0, 1, 2], sides);
            await migrator.MigrateAsync(null, Cancel);
        }

        await using (var context = Db.NewContext())
        {
            Assert.Equal(["armenian", "azerbaijani"], await context.Parties.OrderBy(p => p.Slug).Select(p => p.Slug).ToListAsync(Cancel));
            Assert.Equal("Армения", (await context.Parties.SingleAsync(p => p.Slug == "armenian", Cancel)).NameRu);
            var people = await context.People.ToDictionaryAsync(p => p.Id, p => p.Side, Cancel);
            Assert.Equal(("armenian", "azerbaijani", (string?)null), (people[armenian.Id], people[azerbaijani.Id], people[nobody.Id]));
            Assert.Equal("azerbaijani", (await context.CountClaims.SingleAsync(c => c.Id == claim.Id, Cancel)).Side);
            Assert.Equal("armenian", (await context.PersonIndex.SingleAsync(e => e.PersonId == armenian.Id, Cancel)).Side);
            Assert.Equal(exchange.Transfers, (await context.Exchanges.SingleAsync(e => e.Id == exchange.Id, Cancel)).Transfers);
        }
    }

    [Fact]
    public async Task Migrate_EmptyDatabase_HasNoParties()
    {
        await using var empty = await TestDatabase.CreateAsync(provider, withParties: false);
        await using var context = empty.NewContext();

        Assert.False(await context.Parties.AnyAsync(Cancel));
    }

    [Fact]
    public async Task SaveChanges_PersonOfAPartyTheRegistryDoesNotHave_IsRefusedByTheDatabase()
    {
        var person = Registry.Person();
        person.UpdateDetails(person.Details with { Side = "northland" });
        await using var context = Db.NewContext();
        context.People.Add(person);

        await Assert.ThrowsAsync<DbUpdateException>(() => context.SaveChangesAsync(Cancel));
    }

    [Fact]
    public async Task SaveChanges_TwoEditsOfOnePersonFromTheSameVersion_SecondIsRefused()
    {
        var person = Registry.Person();
        await using (var context = Db.NewContext())
        {
            context.People.Add(person);
            await context.SaveChangesAsync(Cancel);
        }

        await using var first = Db.NewContext();
        await using var second = Db.NewContext();
        var firstCopy = await first.People.SingleAsync(p => p.Id == person.Id, Cancel);
        var secondCopy = await second.People.SingleAsync(p => p.Id == person.Id, Cancel);
        firstCopy.UpdateDetails(firstCopy.Details with { Rank = "Sergeant" });
        secondCopy.UpdateDetails(secondCopy.Details with { Rank = "Lieutenant" });

        await first.SaveChangesAsync(Cancel);
        var refusal = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => second.SaveChangesAsync(Cancel));

        Assert.Contains("changed by someone else", refusal.Message, StringComparison.Ordinal);
        await using var check = Db.NewContext();
        var stored = await check.People.SingleAsync(p => p.Id == person.Id, Cancel);
        Assert.Equal("Sergeant", stored.Rank);
        Assert.Equal(1, stored.Version);
    }

    [Fact]
    public async Task SaveChanges_TwoFateAssertionsAddedFromTheSameVersion_SecondIsRefused()
    {
        var source = Registry.Source();
        var person = Registry.Person();
        await using (var context = Db.NewContext())
        {
            context.AddRange(source, person);
            await context.SaveChangesAsync(Cancel);
        }

        await using var first = Db.NewContext();
        await using var second = Db.NewContext();
        (await first.People.SingleAsync(p => p.Id == person.Id, Cancel)).AssertFate(Registry.Assertion(source, FateStatus.Deceased, "2020-12-12", Credibility.Confirmed));
        (await second.People.SingleAsync(p => p.Id == person.Id, Cancel)).AssertFate(Registry.Assertion(source, FateStatus.CaptureConfirmed, "2020-12-14", Credibility.Confirmed));

        await first.SaveChangesAsync(Cancel);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => second.SaveChangesAsync(Cancel));

        await using var check = Db.NewContext();
        var stored = await check.People.SingleAsync(p => p.Id == person.Id, Cancel);
        Assert.Equal(FateStatus.Deceased, Assert.Single(stored.FateAssertions).Status);
    }

    [Fact]
    public async Task SaveChanges_NameWithdrawnAndAnEditFromTheSameVersion_SecondIsRefusedAndTheWithdrawalIsKept()
    {
        var person = Registry.Person();
        person.AddName(new PersonName("Arman", "Harutiunian"));
        await using (var context = Db.NewContext())
        {
            context.Add(person);
            await context.SaveChangesAsync(Cancel);
        }

        await using var first = Db.NewContext();
        await using var second = Db.NewContext();
        (await first.People.SingleAsync(p => p.Id == person.Id, Cancel)).WithdrawName(new NameWithdrawal(1, "Typed wrongly.", null, null, null, "tester", Registry.Now));
        (await second.People.SingleAsync(p => p.Id == person.Id, Cancel)).AddName(new PersonName("Արման", "Հարությունյան"));

        await first.SaveChangesAsync(Cancel);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => second.SaveChangesAsync(Cancel));

        await using var check = Db.NewContext();
        var stored = await check.People.SingleAsync(p => p.Id == person.Id, Cancel);
        Assert.Equal(1, stored.Version);
        Assert.Equal("Typed wrongly.", Assert.Single(stored.NameWithdrawals).Reason);
        Assert.Single(stored.StandingNames);
    }

    [Fact]
    public async Task SaveChanges_ChangedFateAssertion_IsRefusedAndNothingIsWritten()
    {
        var source = Registry.Source();
        var person = Registry.Person();
        var assertion = Registry.Assertion(source, FateStatus.Missing, "2020-12-12");
        person.AssertFate(assertion);
        await using (var context = Db.NewContext())
        {
            context.AddRange(source, person);
            await context.SaveChangesAsync(Cancel);
        }

        await using (var context = Db.NewContext())
        {
            var stored = await context.FateAssertions.SingleAsync(a => a.Id == assertion.Id, Cancel);
            context.Entry(stored).Property(a => a.Status).CurrentValue = FateStatus.Repatriated;
            var refusal = Assert.Throws<InvalidOperationException>(() => context.SaveChanges());
            Assert.Contains("append-only", refusal.Message, StringComparison.Ordinal);
        }

        await using (var context = Db.NewContext())
        {
            Assert.Equal(FateStatus.Missing, (await context.FateAssertions.SingleAsync(a => a.Id == assertion.Id, Cancel)).Status);
        }
    }

    [Fact]
    public async Task SaveChanges_RemovedPerson_IsRefused()
    {
        var person = Registry.Person();
        await using (var context = Db.NewContext())
        {
            context.People.Add(person);
            await context.SaveChangesAsync(Cancel);
        }

        await using (var context = Db.NewContext())
        {
            context.People.Remove(await context.People.SingleAsync(p => p.Id == person.Id, Cancel));
            var refusal = await Assert.ThrowsAsync<InvalidOperationException>(() => context.SaveChangesAsync(Cancel));
            Assert.Contains("never deleted", refusal.Message, StringComparison.Ordinal);
        }

        await using (var context = Db.NewContext())
        {
            Assert.True(await context.People.AnyAsync(p => p.Id == person.Id, Cancel));
        }
    }

    [Fact]
    public async Task SaveChanges_EvidenceCitingAnUnknownSource_IsRefusedByTheDatabase()
    {
        var person = Registry.Person();
        person.AssertFate(Registry.Assertion(Registry.Source("never saved"), FateStatus.Missing, "2020-12-12"));
        await using var context = Db.NewContext();
        context.People.Add(person);

        await Assert.ThrowsAsync<DbUpdateException>(() => context.SaveChangesAsync(Cancel));
        await using var check = Db.NewContext();
        Assert.False(await check.People.AnyAsync(p => p.Id == person.Id, Cancel));
    }

    [Fact]
    public async Task SaveChanges_EditedSource_VersionGoesUpByOne()
    {
        var source = Registry.Source();
        await using (var context = Db.NewContext())
        {
            context.Sources.Add(source);
            await context.SaveChangesAsync(Cancel);
        }

        await using (var context = Db.NewContext())
        {
            var stored = await context.Sources.SingleAsync(s => s.Id == source.Id, Cancel);
            stored.Revise(stored.Details with { Reliability = Reliability.C });
            await context.SaveChangesAsync(Cancel);
            Assert.Equal(1, stored.Version);
        }
    }
}
