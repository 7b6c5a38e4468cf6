using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Common;
using Whereabouts.Application.Control;
using Whereabouts.Application.Demo;
using Whereabouts.Application.Tests.Support;
using Whereabouts.Domain;
using Whereabouts.Storage;
using Whereabouts.Testing;

namespace Whereabouts.Application.Tests.Control;

/// <summary>
/// Recording, reading and retracting periods of control on the demo registry (which has the
/// peacekeepers' two maps of December 2020). Run against each provider by
/// <see cref="SqlitePlaceControlsTests"/> and <see cref="PostgresPlaceControlsTests"/>.
/// </summary>
public abstract class PlaceControlsTests(DatabaseProvider provider) : IAsyncLifetime
{
    private static readonly Guid Khtsabert = DemoIds.For("place/khtsabert");
    private static readonly Guid HinTagher = DemoIds.For("place/hin-tagher");
    private static readonly Guid Hadrut = DemoIds.For("place/hadrut");
    private static readonly Guid Map13 = DemoIds.For("source/peacekeeper-map-2020-12-13");
    private static readonly Guid Map14 = DemoIds.For("source/peacekeeper-map-2020-12-14");
    private static readonly Guid FellowSoldiers = DemoIds.For("source/invented/fellow-soldiers");
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
    private TestDatabase _db = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private PlaceControls Controls => new(_db.Database, new FixedActor("analyst-1"), _clock);

    public async ValueTask InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(provider);
        await new DemoLoader(_db.Database).LoadAsync(Cancel);
    }

    public async ValueTask DisposeAsync()
    {
        await _db.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task RecordAsync_APeriod_IsInTheTimelineWithItsSourceAndAuditedUnderTheActor()
    {
        var saved = await Controls.RecordAsync(Hadrut, Azerbaijani("2020-10-09", null), Cancel);

        Assert.NotNull(saved);
        var timeline = await Controls.TimelineAsync(Hadrut, Cancel);
        var listed = Assert.Single(timeline!.Standing);
        Assert.Equal(ControlKind.Controlled, listed.Kind);
        Assert.Equal("azerbaijani", listed.Party);
        Assert.Equal(PartialDate.OfDay(2020, 10, 9), listed.From);
        Assert.Null(listed.To);
        Assert.Equal(FellowSoldiers, listed.Source.Id);
        Assert.Equal("analyst-1", listed.RecordedBy);
        Assert.Empty(timeline.Retracted);
        await using var context = _db.NewContext();
        var audit = await context.AuditEntries.SingleAsync(e => e.EntityType == nameof(PlaceControl) && e.EntityId == saved.Id.ToString(), Cancel);
        Assert.Equal("analyst-1", audit.Actor);
    }

    [Fact]
    public async Task RecordAsync_PeacekeepersAsHolder_NeedNoParty()
    {
        var saved = await Controls.RecordAsync(
            Hadrut, new PlaceControlInput("patrolled", null, "Peacekeeping contingent (test)", "2020-11", "2020-12", FellowSoldiers, "p. 2", null), Cancel);

        Assert.NotNull(saved);
        Assert.Equal(ControlKind.Patrolled, saved.Kind);
        Assert.Null(saved.Party);
        Assert.Equal("Peacekeeping contingent (test)", saved.Holder);
        Assert.Equal(PartialDate.OfMonth(2020, 11), saved.From);
    }

    [Fact]
    public async Task RecordAsync_EndBeforeStart_NamesTheEndAndSavesNothing()
    {
        var refused = await Assert.ThrowsAsync<ValidationFailedException>(
            () => Controls.RecordAsync(Hadrut, Azerbaijani("2020-12-14", "2020-12-13"), Cancel));

        Assert.Equal(["to"], refused.Errors.Keys);
        Assert.Contains("before it begins", refused.Errors["to"][0], StringComparison.Ordinal);
        Assert.Empty((await Controls.TimelineAsync(Hadrut, Cancel))!.Standing);
    }

    [Fact]
    public async Task RecordAsync_ControlledWithoutPartyOrHolder_AsksWhoHeldIt()
    {
        var refused = await Assert.ThrowsAsync<ValidationFailedException>(
            () => Controls.RecordAsync(Hadrut, Azerbaijani("2020-12-13", null) with { Party = null }, Cancel));

        Assert.Equal(["party"], refused.Errors.Keys);
        Assert.Contains("Say who held the place", refused.Errors["party"][0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordAsync_UnknownPartyAndSourceAndKind_NamesEachFieldAndSavesNothing()
    {
        var wrong = new PlaceControlInput("Occupied", "atlantis", null, "2020-12-13", null, Guid.NewGuid(), null, null);

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => Controls.RecordAsync(Hadrut, wrong, Cancel));

        Assert.Equal(["kind", "party", "sourceId"], refused.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("atlantis", refused.Errors["party"][0], StringComparison.Ordinal);
        Assert.Contains("No source", refused.Errors["sourceId"][0], StringComparison.Ordinal);
        Assert.Empty((await Controls.TimelineAsync(Hadrut, Cancel))!.Standing);
    }

    [Fact]
    public async Task RecordAsync_NothingGiven_AsksForKindStartAndSource()
    {
        var refused = await Assert.ThrowsAsync<ValidationFailedException>(
            () => Controls.RecordAsync(Hadrut, new PlaceControlInput(null, null, null, null, null, null, null, null), Cancel));

        Assert.Equal(["from", "kind", "sourceId"], refused.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task RecordAsync_NoSuchPlace_IsNull()
    {
        Assert.Null(await Controls.RecordAsync(Guid.NewGuid(), Azerbaijani("2020-12-13", null), Cancel));
    }

    [Fact]
    public async Task RetractAsync_Once_ListsItApart_AndASecondTimeIsRefused()
    {
        var saved = await Controls.RecordAsync(Hadrut, Azerbaijani("2020-10-09", null), Cancel);
        _clock.Advance(TimeSpan.FromHours(1));

        var retracted = await Controls.RetractAsync(saved!.Id, new PlaceControlRetractionInput("Recorded on the wrong place (test)."), Cancel);
        var again = await Assert.ThrowsAsync<ValidationFailedException>(
            () => Controls.RetractAsync(saved.Id, new PlaceControlRetractionInput("Again."), Cancel));

        Assert.NotNull(retracted);
        Assert.False(retracted.Stands);
        Assert.Equal("analyst-1", retracted.RetractedBy);
        Assert.Equal(_clock.GetUtcNow(), retracted.RetractedAt);
        Assert.Contains("reason", again.Errors.Keys);
        var timeline = await Controls.TimelineAsync(Hadrut, Cancel);
        Assert.Empty(timeline!.Standing);
        Assert.Equal("Recorded on the wrong place (test).", Assert.Single(timeline.Retracted).RetractionReason);
        Assert.Empty((await Controls.OnDayAsync(Hadrut, new DateOnly(2020, 12, 1), Cancel))!.Periods);
    }

    [Fact]
    public async Task RetractAsync_NoReason_IsRefused_AndNoSuchPeriodIsNull()
    {
        var saved = await Controls.RecordAsync(Hadrut, Azerbaijani("2020-10-09", null), Cancel);

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => Controls.RetractAsync(saved!.Id, new PlaceControlRetractionInput(" "), Cancel));

        Assert.Contains("reason", refused.Errors.Keys);
        Assert.Null(await Controls.RetractAsync(Guid.NewGuid(), new PlaceControlRetractionInput("Why."), Cancel));
    }

    [Fact]
    public async Task OnDayAsync_DemoMaps_PatrolledOnThe13thAndAzerbaijaniOnThe14th()
    {
        var on13 = await Controls.OnDayAsync(Khtsabert, new DateOnly(2020, 12, 13), Cancel);
        var on14 = await Controls.OnDayAsync(Khtsabert, new DateOnly(2020, 12, 14), Cancel);

        var patrol = Assert.Single(on13!.Periods);
        Assert.Equal(ControlKind.Patrolled, patrol.Kind);
        Assert.Equal(Map13, patrol.Source.Id);
        var held = Assert.Single(on14!.Periods);
        Assert.Equal(ControlKind.Controlled, held.Kind);
        Assert.Equal("azerbaijani", held.Party);
        Assert.Equal(Map14, held.Source.Id);
        Assert.False(on13.Disagree);
        Assert.Null(await Controls.OnDayAsync(Guid.NewGuid(), new DateOnly(2020, 12, 13), Cancel));
    }

    [Fact]
    public async Task OnDayAsync_TwoSourcesThatDisagree_AreBothReturnedAndSaidToDisagree()
    {
        await Controls.RecordAsync(Khtsabert, new PlaceControlInput("Controlled", "armenian", null, "2020-12", null, FellowSoldiers, null, "Test: a statement that contradicts the map."), Cancel);

        var on14 = await Controls.OnDayAsync(Khtsabert, new DateOnly(2020, 12, 14), Cancel);

        Assert.Equal(["armenian", "azerbaijani"], on14!.Periods.Select(p => p.Party).Order(StringComparer.Ordinal));
        Assert.Equal([FellowSoldiers, Map14], on14.Periods.Select(p => p.Source.Id).Order());
        Assert.True(on14.Disagree);
    }

    [Fact]
    public async Task EveryPlaceOnDayAsync_DemoMaps_NameBothVillagesOnEachDayAndNoneBefore()
    {
        var on13 = await Controls.EveryPlaceOnDayAsync(new DateOnly(2020, 12, 13), Cancel);
        var on14 = await Controls.EveryPlaceOnDayAsync(new DateOnly(2020, 12, 14), Cancel);

        // By name: Hin Tagher, then Khtsabert.
        Assert.Equal([HinTagher, Khtsabert], on13.Select(a => a.Place.Id));
        Assert.All(on13, a => Assert.Equal(ControlKind.Patrolled, Assert.Single(a.Periods).Kind));
        Assert.Equal([HinTagher, Khtsabert], on14.Select(a => a.Place.Id));
        Assert.All(on14, a => Assert.Equal("azerbaijani", Assert.Single(a.Periods).Party));
        Assert.Empty(await Controls.EveryPlaceOnDayAsync(new DateOnly(2020, 12, 12), Cancel));
    }

    [Fact]
    public async Task AtCaptureAsync_DemoCaptiveOfKhtsabertOnThe13th_GivesThePatrolByTheMapOfThatDay()
    {
        var captive = CapturedAtKhtsabertOn13December();

        var at = await Controls.AtCaptureAsync(captive, Cancel);

        Assert.NotNull(at);
        Assert.Equal(Khtsabert, at.Place.Id);
        Assert.Equal(PartialDate.OfDay(2020, 12, 13), at.When);
        var patrol = Assert.Single(at.Periods);
        Assert.Equal(DemoControl.Peacekeepers, patrol.Holder);
        Assert.Equal(Map13, patrol.Source.Id);
    }

    [Fact]
    public async Task AtCaptureAsync_NoCaptivityWithAPlace_IsNull()
    {
        // No. 40 of Hin Tagher is still missing: no assertion of captivity names a place.
        Assert.Null(await Controls.AtCaptureAsync(DemoIds.For("person/hin-tagher/40"), Cancel));
        Assert.Null(await Controls.AtCaptureAsync(Guid.NewGuid(), Cancel));
    }

    [Fact]
    public async Task AtCaptureAsync_FirstCaptureWithAPlaceRetracted_GivesTheNextCaptureWithAPlace()
    {
        // An invented captive, said captured at Khtsabert on the 13th (retracted: another man), at
        // Hin Tagher on the 14th, and later held with no place named.
        var wrong = Captured(PartialDate.OfDay(2020, 12, 13), Khtsabert);
        var person = new Person(Guid.NewGuid(), new PersonName("Aram", "Inventedyan", null, "test"), new PersonDetails(Sex.Male, Side: "armenian", Role: ServiceRole.Soldier), isInvented: true);
        person.AssertFate(wrong);
        person.AssertFate(Captured(PartialDate.OfDay(2020, 12, 14), HinTagher));
        person.AssertFate(Captured(PartialDate.OfDay(2020, 12, 10), null));
        person.RetractFate(new FateRetraction(Guid.NewGuid(), wrong.Id, "Another man of the same name (invented).", new Evidence(FellowSoldiers, null, "statement 4", Credibility.Confirmed), "analyst-1", _clock.GetUtcNow()));
        await using (var context = _db.Database.CreateContext("analyst-1"))
        {
            context.People.Add(person);
            await context.SaveChangesAsync(Cancel);
        }

        var at = await Controls.AtCaptureAsync(person.Id, Cancel);

        Assert.NotNull(at);
        Assert.Equal(HinTagher, at.Place.Id);
        Assert.Equal(PartialDate.OfDay(2020, 12, 14), at.When);
    }

    [Fact]
    public void ParseDay_BlankOrNotADay_NamesTheDay()
    {
        Assert.Equal(new DateOnly(2020, 12, 13), PlaceControls.ParseDay(" 2020-12-13 "));
        Assert.Contains("day", Assert.Throws<ValidationFailedException>(() => PlaceControls.ParseDay(null)).Errors.Keys);
        Assert.Contains("day", Assert.Throws<ValidationFailedException>(() => PlaceControls.ParseDay("13.12.2020")).Errors.Keys);
    }

    /// <summary>A demo person whose first assertion of captivity is at Khtsabert on 13 December 2020, found in the catalogue.</summary>
    internal static Guid CapturedAtKhtsabertOn13December() => DemoCatalog.Build().People
        .First(p => p.FateAssertions
            .Where(a => a.PlaceId is not null && FateTransitions.GroupOf(a.Status) == FateGroup.Captivity)
            .OrderBy(a => a.AsOf.Earliest)
            .FirstOrDefault() is { } first && first.PlaceId == Khtsabert && first.AsOf == PartialDate.OfDay(2020, 12, 13))
        .Id;

    private FateAssertion Captured(PartialDate asOf, Guid? place) =>
        new(Guid.NewGuid(), FateStatus.CaptureConfirmed, asOf, new Evidence(FellowSoldiers, null, "statement 4", Credibility.ProbablyTrue), "analyst-1", _clock.GetUtcNow(), placeId: place);

    private static PlaceControlInput Azerbaijani(string from, string? to) =>
        new("Controlled", "Azerbaijani", null, from, to, FellowSoldiers, "statement 3", "Test period.");
}
