using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Common;
using Whereabouts.Application.Demo;
using Whereabouts.Application.Persons;
using Whereabouts.Domain;
using Whereabouts.Storage;
using Whereabouts.Testing;

namespace Whereabouts.Application.Tests.Persons;

public sealed class PersonCommandsTests : IAsyncLifetime
{
    private const string Actor = "alice";
    private TestDatabase _db = null!;
    private Source _source = null!;
    private Incident _incident = null!;
    private Place _place = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private PersonCommands Commands => new(_db.Database, new FixedActor(Actor), TimeProvider.System);

    public async ValueTask InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        _source = new Source(Guid.NewGuid(), new SourceDetails(SourceKind.FamilyReport, "Invented family report"));
        _place = new Place(Guid.NewGuid(), PlaceKind.Village, [new PlaceName("Khtsabert", "en")]);
        _incident = new Incident(Guid.NewGuid(), "Invented fighting", PartialDate.OfDay(2020, 12, 11));
        await using var context = _db.NewContext();
        context.AddRange(_source, _place, _incident);
        await context.SaveChangesAsync(Cancel);
    }

    public ValueTask DisposeAsync() => _db.DisposeAsync();

    [Fact]
    public async Task RegisterAsync_WithInitialFate_SavesThePersonAndTheFateAttributedToTheActor()
    {
        var saved = await Commands.RegisterAsync(
            new RegisterPersonInput(
                new NameInput("Aram", "Harutyunyan", Origin: "family report"),
                new DetailsInput(Sex.Male, "~2001", Side: "armenian", Role: ServiceRole.Soldier),
                Missing()),
            Cancel);

        await using var context = _db.NewContext();
        var person = await context.People.SingleAsync(p => p.Id == saved.PersonId, Cancel);
        Assert.Equal("Aram Harutyunyan", person.PrimaryName.FullName);
        Assert.Equal(PartialDate.OfYear(2001).Approximately(), person.BirthDate);
        Assert.False(person.IsInvented);
        var fate = Assert.Single(person.FateAssertions);
        Assert.Equal(FateStatus.Missing, fate.Status);
        Assert.Equal(Actor, fate.RecordedBy);
        Assert.Equal(_incident.Id, fate.IncidentId);
        Assert.Equal(_place.Id, fate.PlaceId);
        var audit = await context.AuditEntries.Where(e => e.SubjectId == saved.PersonId.ToString()).ToListAsync(Cancel);
        Assert.Contains(audit, e => e.EntityType == nameof(Person) && e.Action == "Added");
        Assert.Contains(audit, e => e.EntityType == nameof(FateAssertion) && e.Action == "Added");
        Assert.All(audit, e => Assert.Equal(Actor, e.Actor));
    }

    [Fact]
    public async Task RegisterAsync_NoName_FailsNamingFamilyNameAndSavesNothing()
    {
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            Commands.RegisterAsync(new RegisterPersonInput(new NameInput(" ", null), new DetailsInput()), Cancel));

        Assert.Equal(["familyName"], error.Errors.Keys);
        await using var context = _db.NewContext();
        Assert.Equal(0, await context.People.CountAsync(Cancel));
    }

    [Theory]
    [InlineData("Inv\u202Eented", "Person", null, "givenName")]
    [InlineData("Invented", "Per\u200Bson", null, "familyName")]
    [InlineData("Invented", "Person", "Inv\u001B[2Kented", "patronymic")]
    public async Task RegisterAsync_NameWithAControlDirectionOrInvisibleCharacter_NamesTheFieldAndSavesNothing(string given, string family, string? patronymic, string field)
    {
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            Commands.RegisterAsync(new RegisterPersonInput(new NameInput(given, family, patronymic), new DetailsInput()), Cancel));

        Assert.Equal([field], error.Errors.Keys);
        Assert.Contains("invisible characters", Assert.Single(error.Errors[field]), StringComparison.Ordinal);
        await using var context = _db.NewContext();
        Assert.Equal(0, await context.People.CountAsync(Cancel));
    }

    [Fact]
    public async Task RegisterAsync_BirthDateInTheFuture_NamesTheFieldAndSavesNothing()
    {
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            Commands.RegisterAsync(new RegisterPersonInput(new NameInput("Invented", "Person"), new DetailsInput(BirthDate: "2031")), Cancel));

        Assert.Equal(["birthDate"], error.Errors.Keys);
    }

    [Fact]
    public async Task RegisterAsync_DecomposedLetters_AreSavedComposed()
    {
        var saved = await Commands.RegisterAsync(new RegisterPersonInput(new NameInput("Rəs\u030Cad", "Invented-Person"), new DetailsInput()), Cancel);

        await using var context = _db.NewContext();
        Assert.Equal("Rəšad", (await context.People.SingleAsync(p => p.Id == saved.PersonId, Cancel)).PrimaryName.GivenName);
    }

    [Fact]
    public async Task RegisterAsync_InitialFateWithoutSourceAndWithABadDate_NamesBothFateFields()
    {
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            Commands.RegisterAsync(
                new RegisterPersonInput(new NameInput("Aram", "Harutyunyan"), new DetailsInput(), Missing() with { SourceId = null, AsOf = "12/12/2020" }),
                Cancel));

        Assert.Equal(["fate.asOf", "fate.sourceId"], error.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task RegisterAsync_UnknownBirthPlaceAndNameSource_NamesBothFields()
    {
        var error = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            Commands.RegisterAsync(
                new RegisterPersonInput(new NameInput("Aram", "Harutyunyan", SourceId: Guid.NewGuid()), new DetailsInput(BirthPlaceId: Guid.NewGuid())),
                Cancel));

        Assert.Equal(["birthPlaceId", "nameSourceId"], error.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task AddNameAsync_NewForm_AddsItBumpsTheVersionAndRecordsTheActor()
    {
        var person = await RegisterAsync();

        var saved = await Commands.AddNameAsync(person.PersonId, new NameInput("Арам", "Арутюнян", "Самвелович", "list from the detaining side", _source.Id), person.Version, Cancel);

        Assert.NotNull(saved);
        Assert.True(saved.Version > person.Version);
        await using var context = _db.NewContext();
        var stored = await context.People.SingleAsync(p => p.Id == person.PersonId, Cancel);
        Assert.Equal([NameScript.Latin, NameScript.Cyrillic], stored.Names.Select(n => n.Script));
        Assert.Equal(_source.Id, stored.Names[1].SourceId);
        var entry = await context.AuditEntries.OrderByDescending(e => e.Sequence).FirstAsync(Cancel);
        Assert.Equal(Actor, entry.Actor);
        Assert.Equal(person.PersonId.ToString(), entry.SubjectId);
        Assert.Contains("Арутюнян", entry.Changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddNameAsync_UnknownPerson_ReturnsNull()
    {
        var saved = await Commands.AddNameAsync(Guid.NewGuid(), new NameInput("Aram", "Harutyunyan"), cancellationToken: Cancel);

        Assert.Null(saved);
    }

    [Fact]
    public async Task AssertFateAsync_ValidInput_AppendsTheAssertionRecordedByTheActor()
    {
        var person = await RegisterAsync();

        var saved = await Commands.AssertFateAsync(
            person.PersonId,
            new FateInput(FateStatus.ReportedCaptured, "2020-12-13", _source.Id, null, "00:41", Credibility.CannotBeJudged, Note: "Unverified video."),
            person.Version,
            Cancel);

        Assert.NotNull(saved);
        Assert.True(saved.Version > person.Version);
        await using var context = _db.NewContext();
        var stored = await context.People.SingleAsync(p => p.Id == person.PersonId, Cancel);
        var fate = Assert.Single(stored.FateAssertions);
        Assert.Equal(PartialDate.OfDay(2020, 12, 13), fate.AsOf);
        Assert.Equal("00:41", fate.Evidence.Locator);
        Assert.Equal(Credibility.CannotBeJudged, fate.Evidence.Credibility);
        Assert.Equal(Actor, fate.RecordedBy);
        Assert.True(await context.AuditEntries.AnyAsync(e => e.EntityType == nameof(FateAssertion) && e.Actor == Actor && e.SubjectId == person.PersonId.ToString(), Cancel));
    }

    [Fact]
    public async Task AssertFateAsync_NothingFilledIn_NamesEveryRequiredField()
    {
        var person = await RegisterAsync();

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            Commands.AssertFateAsync(person.PersonId, new FateInput(null, " ", null, null, null, null), cancellationToken: Cancel));

        Assert.Equal(["asOf", "credibility", "quote", "sourceId", "status"], error.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task AssertFateAsync_UnknownSourceIncidentAndPlace_NamesEachFieldAndSavesNothing()
    {
        var person = await RegisterAsync();

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => Commands.AssertFateAsync(
            person.PersonId,
            Missing() with { SourceId = Guid.NewGuid(), IncidentId = Guid.NewGuid(), PlaceId = Guid.NewGuid() },
            cancellationToken: Cancel));

        Assert.Equal(["incidentId", "placeId", "sourceId"], error.Errors.Keys.Order(StringComparer.Ordinal));
        await using var context = _db.NewContext();
        Assert.Equal(0, await context.FateAssertions.CountAsync(Cancel));
    }

    [Fact]
    public async Task AssertFateAsync_BeforeBirth_PassesTheDomainRefusalThrough()
    {
        var person = await RegisterAsync(birthDate: "2001");

        var error = await Assert.ThrowsAsync<DomainRuleException>(() =>
            Commands.AssertFateAsync(person.PersonId, Missing() with { AsOf = "1999-05" }, cancellationToken: Cancel));

        Assert.Equal("fate.before-birth", error.Rule);
    }

    [Fact]
    public async Task AssertFateAsync_StaleVersion_IsRefusedAndSavesNothing()
    {
        var person = await RegisterAsync();
        await Commands.AddNameAsync(person.PersonId, new NameInput("Ara", "Harutiunian"), person.Version, Cancel);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            Commands.AssertFateAsync(person.PersonId, Missing(), person.Version, Cancel));

        await using var context = _db.NewContext();
        Assert.Equal(0, await context.FateAssertions.CountAsync(Cancel));
    }

    [Fact]
    public async Task UpdateDetailsAsync_CurrentVersion_ReplacesTheDetailsAndBumpsTheVersion()
    {
        var person = await RegisterAsync();

        var saved = await Commands.UpdateDetailsAsync(
            person.PersonId,
            new DetailsInput(Sex.Male, "2001-05-03", _place.Id, "armenian", ServiceRole.Soldier, "Defence Army", "Private", "Unit 1 (invented)", "DEMO-1"),
            person.Version,
            Cancel);

        Assert.NotNull(saved);
        Assert.Equal(person.Version + 1, saved.Version);
        await using var context = _db.NewContext();
        var stored = await context.People.SingleAsync(p => p.Id == person.PersonId, Cancel);
        Assert.Equal(PartialDate.OfDay(2001, 5, 3), stored.BirthDate);
        Assert.Equal(_place.Id, stored.BirthPlaceId);
        Assert.Equal("DEMO-1", stored.ServiceNumber);
        var entry = await context.AuditEntries.OrderByDescending(e => e.Sequence).FirstAsync(Cancel);
        Assert.Equal(("Modified", nameof(Person), Actor), (entry.Action, entry.EntityType, entry.Actor));
    }

    [Fact]
    public async Task UpdateDetailsAsync_StaleVersion_IsRefused()
    {
        var person = await RegisterAsync();
        await Commands.UpdateDetailsAsync(person.PersonId, new DetailsInput(Sex.Male), person.Version, Cancel);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            Commands.UpdateDetailsAsync(person.PersonId, new DetailsInput(Sex.Female), person.Version, Cancel));
    }

    [Fact]
    public async Task UpdateDetailsAsync_BadBirthDateAndTooLongServiceNumber_NamesBothFields()
    {
        var person = await RegisterAsync();

        var error = await Assert.ThrowsAsync<ValidationFailedException>(() => Commands.UpdateDetailsAsync(
            person.PersonId, new DetailsInput(BirthDate: "2001-13", ServiceNumber: new string('9', 51)), person.Version, Cancel));

        Assert.Equal(["birthDate", "serviceNumber"], error.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task UpdateDetailsAsync_UnknownPerson_ReturnsNull()
    {
        var saved = await Commands.UpdateDetailsAsync(Guid.NewGuid(), new DetailsInput(), 0, Cancel);

        Assert.Null(saved);
    }

    private FateInput Missing() =>
        new(FateStatus.Missing, "2020-12-12", _source.Id, "His last call home was on 11 December.", null, Credibility.ProbablyTrue, _incident.Id, _place.Id);

    [Fact]
    public async Task RegisterAsync_NearDuplicateInAnotherScript_IsRefusedWithTheCandidateAndSavesNothing()
    {
        await using var demo = await DemoWithHaykAsync();
        var before = await demo.CountAsync();

        var error = await Assert.ThrowsAsync<PossibleDuplicatesException>(() => demo.Commands.RegisterAsync(
            new RegisterPersonInput(new NameInput("Айк", "Геворгян"), new DetailsInput(BirthDate: "2002")), Cancel));

        var candidate = Assert.Single(error.Candidates, c => c.PersonId == demo.Hayk);
        Assert.Equal("Hayk Gevorgyan", candidate.Name);
        Assert.Equal(2002, candidate.BirthYear);
        Assert.Equal("armenian", candidate.Side);
        Assert.InRange(candidate.Probability, 0.5, 1);
        Assert.Contains(candidate.Why, f => f.Field == "name" && f.RegistryValue == "hayk / gevorgyan");
        Assert.Equal(before, await demo.CountAsync());
    }

    [Fact]
    public async Task RegisterAsync_NearDuplicateConfirmedNew_SavesThePersonAndRecordsNotTheSame()
    {
        await using var demo = await DemoWithHaykAsync();

        var saved = await demo.Commands.RegisterAsync(
            new RegisterPersonInput(new NameInput("Айк", "Геворгян"), new DetailsInput(BirthDate: "2002"), ConfirmedNew: true), Cancel);

        await using var context = demo.Db.NewContext();
        var pairs = await context.PersonPairs.Where(p => p.FirstPersonId == saved.PersonId || p.SecondPersonId == saved.PersonId).ToListAsync(Cancel);
        var pair = Assert.Single(pairs, p => (p.FirstPersonId, p.SecondPersonId) == PersonPair.Order(saved.PersonId, demo.Hayk));
        Assert.All(pairs, p => Assert.Equal((PairOrigin.Registration, MatchDecision.NotSame), (p.Origin, p.Decision)));
        Assert.Equal(Actor, Assert.Single(pair.Judgements).Actor);
        Assert.True(await context.People.AnyAsync(p => p.Id == saved.PersonId, Cancel));
    }

    [Fact]
    public async Task FindDuplicates_RegistryLargerThanComparedWhole_FindsTheNamesakeThroughTheNameKeysAndASample()
    {
        await using var demo = await DemoWithHaykAsync();
        await using var context = demo.Db.NewContext();

        // A registry "larger" than the whole-registry limit: only namesakes and a sample of 60 are compared.
        var found = await DuplicateCheck.FindAsync(context, new PersonName("Айк", "Геворгян"), PartialDate.Parse("2002"), null, wholeRegistryUpTo: 10, sample: 60, Cancel);

        var candidate = Assert.Single(found, c => c.PersonId == demo.Hayk);
        Assert.InRange(candidate.Probability, 0.5, 1);
    }

    [Fact]
    public async Task RegisterAsync_NobodyAlike_SavesWithoutAsking()
    {
        await using var demo = await DemoWithHaykAsync();

        var saved = await demo.Commands.RegisterAsync(new RegisterPersonInput(new NameInput("Zorakhan", "Qwertyanyan"), new DetailsInput(BirthDate: "1950")), Cancel);

        await using var context = demo.Db.NewContext();
        Assert.True(await context.People.AnyAsync(p => p.Id == saved.PersonId, Cancel));
        Assert.False(await context.PersonPairs.AnyAsync(p => p.FirstPersonId == saved.PersonId || p.SecondPersonId == saved.PersonId, Cancel));
    }

    // The demo's invented registry, which gives the engine enough people to learn from, and an
    // invented "Hayk Gevorgyan, ~2002" in it.
    private static async Task<DemoRegistry> DemoWithHaykAsync()
    {
        var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await new DemoLoader(db.Database).LoadAsync(Cancel);
        var commands = new PersonCommands(db.Database, new FixedActor(Actor), TimeProvider.System);
        var hayk = await commands.RegisterAsync(
            new RegisterPersonInput(new NameInput("Hayk", "Gevorgyan"), new DetailsInput(BirthDate: "~2002", Side: "armenian"), ConfirmedNew: true), Cancel);
        return new DemoRegistry(db, commands, hayk.PersonId);
    }

    private Task<PersonSaved> RegisterAsync(string? birthDate = null) =>
        Commands.RegisterAsync(new RegisterPersonInput(new NameInput("Aram", "Harutyunyan"), new DetailsInput(BirthDate: birthDate)), Cancel);

    private sealed record DemoRegistry(TestDatabase Db, PersonCommands Commands, Guid Hayk) : IAsyncDisposable
    {
        // People and pairs: a refused registration saves neither.
        public async Task<(int People, int Pairs)> CountAsync()
        {
            await using var context = Db.NewContext();
            return (await context.People.CountAsync(Cancel), await context.PersonPairs.CountAsync(Cancel));
        }

        public ValueTask DisposeAsync() => Db.DisposeAsync();
    }
}
