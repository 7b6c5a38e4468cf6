using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Common;
using Whereabouts.Application.Persons;
using Whereabouts.Domain;
using Whereabouts.Storage;
using Whereabouts.Testing;

namespace Whereabouts.Application.Tests.Persons;

/// <summary>
/// Retracting fate assertions and withdrawing spellings on a real database, run on SQLite by
/// <see cref="SqlitePersonCorrectionsTests"/> and on PostgreSQL by <see cref="PostgresPersonCorrectionsTests"/>.
/// Everyone here is invented.
/// </summary>
public abstract class PersonCorrectionsTests(DatabaseProvider provider) : IAsyncLifetime
{
    private const string Actor = "ani";
    private TestDatabase _db = null!;
    private Source _source = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private PersonCommands Commands => new(_db.Database, new FixedActor(Actor), TimeProvider.System);

    private PersonCorrections Corrections => new(_db.Database, new FixedActor(Actor), TimeProvider.System);

    public async ValueTask InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(provider);
        _source = new Source(Guid.NewGuid(), new SourceDetails(SourceKind.List, "Invented exchange list"));
        await using var context = _db.NewContext();
        context.Add(_source);
        await context.SaveChangesAsync(Cancel);
    }

    public async ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        await _db.DisposeAsync();
    }

    [Fact]
    public async Task RetractFateAsync_WrongCapture_CurrentFateIsDerivedWithoutItAndTheAssertionStays()
    {
        var person = await RegisterAsync(Fate(FateStatus.Missing, "2020-11-09"));
        var wrong = await AssertAsync(person, Fate(FateStatus.CaptureConfirmed, "2020-12-13", Credibility.Confirmed));

        var saved = await Corrections.RetractFateAsync(person, wrong, Evidence("A namesake from another village."), cancellationToken: Cancel);

        Assert.NotNull(saved);
        var dossier = await DossierAsync(person);
        Assert.Equal(FateStatus.Missing, dossier.CurrentFate?.Status);
        Assert.Equal(2, dossier.Timeline.Count);
        var retracted = Assert.Single(dossier.Timeline, f => f.Id == wrong);
        Assert.Equal(Actor, retracted.Retraction?.RecordedBy);
        Assert.Equal("A namesake from another village.", retracted.Retraction?.Reason);
        Assert.Equal("corrigendum, row 4", retracted.Retraction?.Evidence.Locator);
        Assert.Equal(saved.Version, dossier.Version);
    }

    [Fact]
    public async Task RetractFateAsync_ConfirmedAssertionBlockingACorrection_LetsTheCorrectionThroughAfterwards()
    {
        var person = await RegisterAsync(Fate(FateStatus.Deceased, "2020-11-09", Credibility.Confirmed));
        var released = Fate(FateStatus.Released, "2021-01-20", Credibility.Confirmed);
        var blocked = await Assert.ThrowsAsync<DomainRuleException>(() => Commands.AssertFateAsync(person, released, cancellationToken: Cancel));
        Assert.Equal("fate.cannot-follow", blocked.Rule);
        var death = (await DossierAsync(person)).Timeline[0].Id;

        await Corrections.RetractFateAsync(person, death, Evidence("The remains were another man's."), cancellationToken: Cancel);
        await Commands.AssertFateAsync(person, released, cancellationToken: Cancel);

        var dossier = await DossierAsync(person);
        Assert.Equal(FateStatus.Released, dossier.CurrentFate?.Status);
        Assert.False(dossier.IsContested);
    }

    [Fact]
    public async Task RetractFateAsync_NoReasonAndNoEvidence_NamesEachFieldAndSavesNothing()
    {
        var person = await RegisterAsync(Fate(FateStatus.Missing, "2020-11-09"));
        var assertion = (await DossierAsync(person)).Timeline[0].Id;

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            Corrections.RetractFateAsync(person, assertion, new RetractionInput(" ", null), cancellationToken: Cancel));

        Assert.Equal(["quote", "reason", "sourceId"], refused.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Null((await DossierAsync(person)).Timeline[0].Retraction);
    }

    [Fact]
    public async Task RetractFateAsync_UnknownSource_NamesSourceId()
    {
        var person = await RegisterAsync(Fate(FateStatus.Missing, "2020-11-09"));
        var assertion = (await DossierAsync(person)).Timeline[0].Id;

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            Corrections.RetractFateAsync(person, assertion, Evidence("Wrong.") with { SourceId = Guid.NewGuid() }, cancellationToken: Cancel));

        Assert.Equal(["sourceId"], refused.Errors.Keys);
    }

    [Fact]
    public async Task RetractFateAsync_Twice_IsRefusedAsADuplicateAndRecordedOnce()
    {
        var person = await RegisterAsync(Fate(FateStatus.Missing, "2020-11-09"));
        var assertion = (await DossierAsync(person)).Timeline[0].Id;
        await Corrections.RetractFateAsync(person, assertion, Evidence("Wrong person."), cancellationToken: Cancel);

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() =>
            Corrections.RetractFateAsync(person, assertion, Evidence("Wrong person, again."), cancellationToken: Cancel));

        Assert.Equal("retraction.duplicate", refused.Rule);
        await using var context = _db.NewContext();
        Assert.Equal(1, await context.Set<FateRetraction>().CountAsync(Cancel));
    }

    [Fact]
    public async Task RetractFateAsync_AssertionOfNoOneHere_IsRefusedAsUnknown()
    {
        var person = await RegisterAsync(Fate(FateStatus.Missing, "2020-11-09"));

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() =>
            Corrections.RetractFateAsync(person, Guid.NewGuid(), Evidence("Wrong."), cancellationToken: Cancel));

        Assert.Equal("retraction.unknown-assertion", refused.Rule);
    }

    [Fact]
    public async Task RetractFateAsync_NoSuchPerson_ReturnsNull()
    {
        Assert.Null(await Corrections.RetractFateAsync(Guid.NewGuid(), Guid.NewGuid(), Evidence("Wrong."), cancellationToken: Cancel));
    }

    [Fact]
    public async Task RetractFateAsync_StaleVersion_IsRefusedAndSavesNothing()
    {
        var person = await RegisterAsync(Fate(FateStatus.Missing, "2020-11-09"));
        var dossier = await DossierAsync(person);
        await AssertAsync(person, Fate(FateStatus.ReportedCaptured, "2020-12-01"));

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            Corrections.RetractFateAsync(person, dossier.Timeline[0].Id, Evidence("Wrong."), dossier.Version, Cancel));

        Assert.All((await DossierAsync(person)).Timeline, f => Assert.Null(f.Retraction));
    }

    [Fact]
    public async Task RetractFateAsync_IsInTheAuditLogUnderTheActorWithItsEvidence()
    {
        var person = await RegisterAsync(Fate(FateStatus.Missing, "2020-11-09"));
        var assertion = (await DossierAsync(person)).Timeline[0].Id;

        await Corrections.RetractFateAsync(person, assertion, Evidence("Wrong person."), cancellationToken: Cancel);

        await using var context = _db.NewContext();
        var retraction = await context.Set<FateRetraction>().SingleAsync(Cancel);
        var entries = await context.AuditEntries.Where(e => e.EntityId == retraction.Id.ToString()).ToListAsync(Cancel);
        Assert.Contains(entries, e => e.EntityType == nameof(FateRetraction) && e.Action == "Added" && e.Actor == Actor
            && e.Changes.Contains("Wrong person.", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.EntityType == nameof(Evidence) && e.Changes.Contains(_source.Id.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task WithdrawNameAsync_WrongSpelling_IsNoLongerSearchedButStaysInTheDossier()
    {
        var person = await RegisterAsync();
        await Commands.AddNameAsync(person, new NameInput("Vardan", "Zakaryan"), cancellationToken: Cancel);

        var saved = await Corrections.WithdrawNameAsync(person, 1, new RetractionInput("Another man's name, typed into the wrong record.", null), cancellationToken: Cancel);

        var dossier = await DossierAsync(person);
        Assert.Equal(["Aram Harutyunyan"], dossier.Names.Select(n => n.FullName));
        var withdrawn = Assert.Single(dossier.WithdrawnNames);
        Assert.Equal(("Vardan Zakaryan", 1, Actor), (withdrawn.Name.FullName, withdrawn.Name.Position, withdrawn.WithdrawnBy));
        Assert.Equal(saved?.Version, dossier.Version);
        var search = new PersonSearch(_db.Database);
        Assert.Empty((await search.RunAsync(new PersonSearchCriteria(Text: "Zakaryan"), Cancel)).Items);
        Assert.Single((await search.RunAsync(new PersonSearchCriteria(Text: "Harutyunyan"), Cancel)).Items);
    }

    [Fact]
    public async Task WithdrawNameAsync_IsInTheAuditLogUnderThePerson()
    {
        var person = await RegisterAsync();
        await Commands.AddNameAsync(person, new NameInput("Vardan", "Zakaryan"), cancellationToken: Cancel);

        await Corrections.WithdrawNameAsync(person, 1, new RetractionInput("Typed into the wrong record.", null), cancellationToken: Cancel);

        await using var context = _db.NewContext();
        var entry = await context.AuditEntries.SingleAsync(e => e.SubjectId == person.ToString() && e.EntityType == nameof(NameWithdrawal), Cancel);
        Assert.Equal((Actor, "Added"), (entry.Actor, entry.Action));
        Assert.Contains("Typed into the wrong record.", entry.Changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithdrawNameAsync_SourceWithoutQuoteOrLocator_NamesQuote()
    {
        var person = await RegisterAsync();
        await Commands.AddNameAsync(person, new NameInput("Vardan", "Zakaryan"), cancellationToken: Cancel);

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            Corrections.WithdrawNameAsync(person, 1, new RetractionInput("Wrong.", _source.Id), cancellationToken: Cancel));

        Assert.Equal(["quote"], refused.Errors.Keys);
        Assert.Empty((await DossierAsync(person)).WithdrawnNames);
    }

    [Fact]
    public async Task WithdrawNameAsync_LastStandingSpelling_IsRefused()
    {
        var person = await RegisterAsync();

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() =>
            Corrections.WithdrawNameAsync(person, 0, new RetractionInput("Wrong.", null), cancellationToken: Cancel));

        Assert.Equal("name.last-form", refused.Rule);
    }

    [Fact]
    public async Task WithdrawNameAsync_Twice_IsRefusedAsAlreadyWithdrawn()
    {
        var person = await RegisterAsync();
        await Commands.AddNameAsync(person, new NameInput("Vardan", "Zakaryan"), cancellationToken: Cancel);
        await Commands.AddNameAsync(person, new NameInput("Aram", "Harutiunian"), cancellationToken: Cancel);
        await Corrections.WithdrawNameAsync(person, 1, new RetractionInput("Wrong.", null), cancellationToken: Cancel);

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() =>
            Corrections.WithdrawNameAsync(person, 1, new RetractionInput("Wrong again.", null), cancellationToken: Cancel));

        Assert.Equal("name.already-withdrawn", refused.Rule);
    }

    private RetractionInput Evidence(string reason) => new(reason, _source.Id, Locator: "corrigendum, row 4");

    private async Task<Guid> RegisterAsync(FateInput? fate = null)
    {
        var saved = await Commands.RegisterAsync(
            new RegisterPersonInput(new NameInput("Aram", "Harutyunyan", Origin: "invented family report"), new DetailsInput(BirthDate: "~2001"), fate),
            Cancel);
        return saved.PersonId;
    }

    private async Task<Guid> AssertAsync(Guid person, FateInput fate)
    {
        var before = (await DossierAsync(person)).Timeline.Select(f => f.Id).ToHashSet();
        await Commands.AssertFateAsync(person, fate, cancellationToken: Cancel);
        return (await DossierAsync(person)).Timeline.Single(f => !before.Contains(f.Id)).Id;
    }

    private async Task<PersonDossier> DossierAsync(Guid person) =>
        await new PersonDossierQuery(_db.Database).RunAsync(person, Cancel) ?? throw new InvalidOperationException("no such person");

    private FateInput Fate(FateStatus status, string asOf, Credibility credibility = Credibility.ProbablyTrue) =>
        new(status, asOf, _source.Id, null, "row 12", credibility);
}
