using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Accounts;
using Whereabouts.Application.Common;
using Whereabouts.Application.Persons;
using Whereabouts.Domain;
using Whereabouts.Storage;
using Whereabouts.Testing;

namespace Whereabouts.Application.Tests.Persons;

public sealed class PersonDossierQueryTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Recorded = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private TestDatabase _db = null!;
    private Source _soldiers = null!;
    private Source _list = null!;
    private Incident _fighting = null!;
    private Place _village = null!;
    private Person _person = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        _soldiers = new Source(Guid.NewGuid(), new SourceDetails(SourceKind.FamilyReport, "Invented statements of fellow soldiers", Reliability: Reliability.C));
        _list = new Source(Guid.NewGuid(), new SourceDetails(SourceKind.List, "Invented list of the detaining side", Reliability: Reliability.D));
        _village = new Place(Guid.NewGuid(), PlaceKind.Village, [new PlaceName("Khtsabert", "en"), new PlaceName("Khtsaberd", "en")]);
        _fighting = new Incident(Guid.NewGuid(), "Invented fighting", PartialDate.OfDay(2020, 12, 11));
        _person = new Person(
            Guid.NewGuid(),
            new PersonName("Aram", "Harutyunyan", null, "family report"),
            new PersonDetails(Sex.Male, PartialDate.OfYear(2001), _village.Id, "armenian", ServiceRole.Soldier),
            isInvented: true);
        _person.AddName(new PersonName("Арам", "Арутюнян", "Самвелович", "list from the detaining side", _list.Id));

        // Recorded in the reverse of date order, so the timeline's order is the query's doing.
        _person.AssertFate(Assertion(FateStatus.CaptureConfirmed, PartialDate.OfDay(2020, 12, 15), _list.Id, Credibility.ProbablyTrue, Recorded));
        _person.AssertFate(Assertion(FateStatus.Deceased, PartialDate.OfDay(2020, 12, 12), _soldiers.Id, Credibility.ProbablyTrue, Recorded.AddMinutes(1)));
        var wrong = Assertion(FateStatus.Missing, PartialDate.OfMonth(2020, 12), _soldiers.Id, Credibility.PossiblyTrue, Recorded.AddMinutes(2));
        _person.AssertFate(wrong);
        _person.RetractFate(new FateRetraction(Guid.NewGuid(), wrong.Id, "Entered for the wrong person.", new Evidence(_soldiers.Id, null, "row 3", Credibility.Confirmed), "bob", Recorded.AddMinutes(3)));

        await using var context = _db.Database.CreateContext("carol");
        context.AddRange(_soldiers, _list, _village, _fighting, _person);
        await context.SaveChangesAsync(Cancel);
    }

    public ValueTask DisposeAsync() => _db.DisposeAsync();

    [Fact]
    public async Task RunAsync_HistoryByAnAccount_CarriesItsMostPowerfulRoleAndNoneForOthers()
    {
        await using (var context = _db.Database.CreateContext("setup"))
        {
            var carol = new IdentityUser("carol") { Id = Guid.NewGuid().ToString() };
            context.Users.Add(carol);
            foreach (var name in new[] { Roles.Analyst, Roles.Caseworker })
            {
                var role = await context.Roles.FirstOrDefaultAsync(r => r.Name == name, Cancel) ?? context.Roles.Add(new IdentityRole(name) { Id = Guid.NewGuid().ToString(), NormalizedName = name.ToUpperInvariant() }).Entity;
                context.UserRoles.Add(new IdentityUserRole<string> { UserId = carol.Id, RoleId = role.Id });
            }

            await context.SaveChangesAsync(Cancel);
        }

        var dossier = await RunAsync();

        Assert.NotEmpty(dossier.History);
        Assert.All(dossier.History, c => Assert.Equal(c.Actor == "carol" ? Roles.Caseworker : null, c.ActorRole));
    }

    [Fact]
    public async Task RunAsync_UnknownId_ReturnsNull()
    {
        Assert.Null(await new PersonDossierQuery(_db.Database).RunAsync(Guid.NewGuid(), Cancel));
    }

    [Fact]
    public async Task RunAsync_Person_HasDetailsAndEveryNameFormWithScriptOriginAndSource()
    {
        var dossier = await RunAsync();

        Assert.Equal("Aram Harutyunyan", dossier.DisplayName);
        Assert.Equal("armenian", dossier.Details.Side);
        Assert.Equal("Khtsabert", dossier.BirthPlaceName);
        Assert.True(dossier.IsInvented);
        Assert.Collection(
            dossier.Names,
            n => Assert.Equal((NameScript.Latin, "family report", (string?)null), (n.Script, n.Origin, n.SourceTitle)),
            n => Assert.Equal((NameScript.Cyrillic, "Арам Самвелович Арутюнян", "Invented list of the detaining side"), (n.Script, n.FullName, n.SourceTitle)));
    }

    [Fact]
    public async Task RunAsync_ConflictingCredibleFates_TimelineIsInDateOrderAndThePersonIsContested()
    {
        var dossier = await RunAsync();

        Assert.Equal([FateStatus.Missing, FateStatus.Deceased, FateStatus.CaptureConfirmed], dossier.Timeline.Select(f => f.Status));
        Assert.True(dossier.IsContested);
        var conflict = Assert.Single(dossier.Conflicts);
        Assert.Equal(dossier.Timeline[1].Id, conflict.FirstId);
        Assert.Equal(dossier.Timeline[2].Id, conflict.SecondId);
        Assert.Equal(FateStatus.CaptureConfirmed, dossier.CurrentFate?.Status);
        Assert.True(dossier.Timeline[2].IsCurrent);
    }

    [Fact]
    public async Task RunAsync_Fates_CarryTheirEvidenceIncidentPlaceAndRetraction()
    {
        var dossier = await RunAsync();

        var deceased = dossier.Timeline[1];
        Assert.Equal("Invented statements of fellow soldiers", deceased.Evidence.SourceTitle);
        Assert.Equal(Reliability.C, deceased.Evidence.SourceReliability);
        Assert.Equal("He was seen on 12 December.", deceased.Evidence.Quote);
        Assert.Equal("row 7", deceased.Evidence.Locator);
        Assert.Equal(Credibility.ProbablyTrue, deceased.Evidence.Credibility);
        Assert.Equal("Invented fighting", deceased.IncidentName);
        Assert.Equal("Khtsabert", deceased.PlaceName);
        Assert.Equal("tester", deceased.RecordedBy);
        Assert.False(deceased.IsRetracted);
        var retracted = dossier.Timeline[0];
        Assert.True(retracted.IsRetracted);
        Assert.Equal("Entered for the wrong person.", retracted.Retraction!.Reason);
        Assert.Equal("bob", retracted.Retraction.RecordedBy);
        Assert.Equal([_fighting.Id], dossier.Incidents.Select(i => i.Id));
    }

    [Fact]
    public async Task RunAsync_AfterAnEdit_HistoryIsTheAuditLogAboutThePersonNewestFirst()
    {
        var before = await RunAsync();
        await new PersonCommands(_db.Database, new FixedActor("dave"), TimeProvider.System)
            .AddNameAsync(_person.Id, new NameInput("Ara", "Harutiunian", Origin: "diaspora newspaper"), before.Version, Cancel);

        var dossier = await RunAsync();

        Assert.Equal(dossier.History.OrderByDescending(c => c.Sequence).Select(c => c.Sequence), dossier.History.Select(c => c.Sequence));
        var latest = dossier.History[0];
        Assert.Equal("dave", latest.Actor);
        Assert.Contains("Harutiunian", latest.Changes, StringComparison.Ordinal);
        Assert.Contains(dossier.History, c => c.Actor == "carol" && c.EntityType == nameof(FateRetraction));
        Assert.Superset(
            new HashSet<string>(StringComparer.Ordinal) { nameof(Person), nameof(FateAssertion), nameof(FateRetraction) },
            dossier.History.Where(c => c.Actor == "carol").Select(c => c.EntityType).ToHashSet(StringComparer.Ordinal));
        Assert.True(dossier.Version > before.Version);
    }

    private async Task<PersonDossier> RunAsync()
    {
        var dossier = await new PersonDossierQuery(_db.Database).RunAsync(_person.Id, Cancel);
        Assert.NotNull(dossier);
        return dossier;
    }

    private FateAssertion Assertion(FateStatus status, PartialDate asOf, Guid source, Credibility credibility, DateTimeOffset recordedAt) => new(
        Guid.NewGuid(),
        status,
        asOf,
        new Evidence(source, status == FateStatus.Deceased ? "He was seen on 12 December." : null, "row 7", credibility),
        "tester",
        recordedAt,
        _fighting.Id,
        _village.Id);
}
