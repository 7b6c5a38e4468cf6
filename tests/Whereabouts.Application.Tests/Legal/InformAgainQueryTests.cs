using Whereabouts.Application.Common;
using Whereabouts.Application.Identities;
using Whereabouts.Application.Legal;
using Whereabouts.Domain;
using Whereabouts.Storage;
using Whereabouts.Testing;

namespace Whereabouts.Application.Tests.Legal;

/// <summary>
/// Families told something the evidence no longer says, on a registry made here of invented people:
/// each test adds its own people, told and asserted what it needs.
/// </summary>
public sealed class InformAgainQueryTests : IAsyncLifetime
{
    private readonly Source _source = new(Guid.NewGuid(), new SourceDetails(SourceKind.OfficialStatement, "Invented ministry statement"));
    private TestDatabase _db = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private InformAgainQuery Query => new(_db.Database);

    private FamilyNotifications Notifications => new(_db.Database, new FixedActor("caseworker-1"), TimeProvider.System);

    public async ValueTask InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var context = _db.NewContext();
        context.Add(_source);
        await context.SaveChangesAsync(Cancel);
    }

    public ValueTask DisposeAsync() => _db.DisposeAsync();

    [Fact]
    public async Task ListAsync_FamilyToldWhatTheEvidenceStillSays_IsNotListed()
    {
        var person = await PersonAsync("Stillmissingyan", (FateStatus.Missing, 11));
        await TellAsync(person, "2020-12", "Missing");

        Assert.Empty(await Query.ListAsync(Cancel));
        Assert.Null(await Query.ForPersonAsync(person, Cancel));
    }

    [Fact]
    public async Task ListAsync_FateChangedSinceTheFamilyWasTold_ListsWhatTheyWereToldAndWhatTheEvidenceSaysNow()
    {
        var person = await PersonAsync("Capturedyan", (FateStatus.Missing, 11), (FateStatus.CaptureConfirmed, 20));
        await TellAsync(person, "2020-12-15", "Missing");

        var found = Assert.Single(await Query.ListAsync(Cancel));

        Assert.Equal((person, "Invented Capturedyan", FateStatus.Missing, PartialDate.OfDay(2020, 12, 15), FateStatus.CaptureConfirmed, PartialDate.OfDay(2020, 12, 20)),
            (found.PersonId, found.DisplayName, found.Told, found.ToldOn, found.Now, found.NowAsOf));
        Assert.Equal("ICRC delegation", found.ToldBy);
        Assert.Equal(found, await Query.ForPersonAsync(person, Cancel));
    }

    [Fact]
    public async Task ListAsync_ACorrectedNotification_GivesWayToItsCorrection()
    {
        var person = await PersonAsync("Correctedyan", (FateStatus.Missing, 11));
        var wrong = await TellAsync(person, "2020-12-15", "Detained");
        await Notifications.RecordAsync(person, new NotificationInput("2020-12-15", "Missing", null, "ICRC delegation", "mother", CorrectsId: wrong), Cancel);

        Assert.Empty(await Query.ListAsync(Cancel));
    }

    [Fact]
    public async Task ListAsync_SeveralFamilies_OldestToldFirst()
    {
        var later = await PersonAsync("Laterian", (FateStatus.Deceased, 20));
        var earlier = await PersonAsync("Earlierian", (FateStatus.Released, 25));
        await TellAsync(later, "2021-01", "Missing");
        await TellAsync(earlier, "2020-12-01", "CaptureConfirmed");

        var found = await Query.ListAsync(Cancel);

        Assert.Equal([earlier, later], found.Select(c => c.PersonId));
    }

    [Fact]
    public async Task ListAsync_TwoRecordsJoinedIntoOneIdentity_CountAsOnePersonWithTheIdentitysFate()
    {
        var told = await PersonAsync("Joinedyan", (FateStatus.Missing, 11));
        var other = await PersonAsync("Joinedian", (FateStatus.Deceased, 28));
        await TellAsync(told, "2020-12-15", "Missing");
        Assert.Empty(await Query.ListAsync(Cancel));

        await new SamePersonJudgements(_db.Database, new FixedActor("caseworker-1"), TimeProvider.System)
            .JudgeAsync(told, other, MatchDecision.Same, "same unit, same mother", confirmed: false, cancellationToken: Cancel);

        var found = Assert.Single(await Query.ListAsync(Cancel));
        var identity = told.CompareTo(other) < 0 ? told : other;
        Assert.Equal((identity, FateStatus.Missing, FateStatus.Deceased), (found.PersonId, found.Told, found.Now));
        Assert.Equal(found, await Query.ForPersonAsync(other, Cancel));
    }

    private async Task<Guid> PersonAsync(string family, params (FateStatus Status, int Day)[] fates)
    {
        var person = new Person(Guid.NewGuid(), new PersonName("Invented", family), new PersonDetails(Side: "armenian"), isInvented: true);
        foreach (var (status, day) in fates)
        {
            person.AssertFate(new FateAssertion(
                Guid.NewGuid(), status, PartialDate.OfDay(2020, 12, day), new Evidence(_source.Id, null, "paragraph 1", Credibility.ProbablyTrue), "test", DateTimeOffset.UtcNow));
        }

        await using var context = _db.NewContext();
        context.Add(person);
        await context.SaveChangesAsync(Cancel);
        return person.Id;
    }

    private async Task<Guid> TellAsync(Guid person, string on, string status)
    {
        var saved = await Notifications.RecordAsync(person, new NotificationInput(on, status, null, "ICRC delegation", "mother"), Cancel);
        return saved!.Id;
    }
}
