using Whereabouts.Application.Common;
using Whereabouts.Application.Persons;
using Whereabouts.Application.Reports;
using Whereabouts.Application.Sources;
using Whereabouts.Application.Tests.Support;
using Whereabouts.Domain;
using Whereabouts.Storage;
using Whereabouts.Testing;

namespace Whereabouts.Application.Tests.Reports;

/// <summary>
/// The still-held list a page at a time, from the lists kept between requests (the web app's way),
/// on invented people written through the registry's own save path on a clock the tests move:
/// the order, the totals, the last page and past it, the day as of and as recorded on, and a
/// release saved between two requests. Run against each provider by
/// <see cref="SqliteStillHeldListsTests"/> and <see cref="PostgresStillHeldListsTests"/>.
/// </summary>
public abstract class StillHeldListsTests(DatabaseProvider provider) : IAsyncLifetime
{
    // Five Armenians captured on three days, one Azerbaijani captured and one Armenian missing:
    // longest held first, then by name, the list of the 14th is Aram, Babken, Gor, Davit, Ervand.
    private static readonly DateTimeOffset January2026 = new(2026, 1, 10, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly December14 = new(2020, 12, 14);

    private readonly ManualClock _clock = new(January2026);
    private readonly FixedActor _caseworker = new("caseworker.one");
    private TestDatabase? _database;
    private FateHistoryCache? _histories;
    private Guid _source;
    private Dictionary<string, Guid> _people = [];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private WhereaboutsDatabase Database => _database!.Database;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        _source = (await new SourceEditor(Database, _caseworker, _clock).CreateAsync(new SourceInput("Other", "Invented statements of the ombudsman", Reliability: "B"), Cancel)).Id;

        // Registered out of the list's order, so that the order is the list's own.
        _people = new Dictionary<string, Guid>(StringComparer.Ordinal)
        {
            ["Ervand"] = await RegisterAsync("Ervand", "armenian", FateStatus.CaptureConfirmed, "2020-12-13"),
            ["Gor"] = await RegisterAsync("Gor", "armenian", FateStatus.CaptureConfirmed, "2020-12-12"),
            ["Babken"] = await RegisterAsync("Babken", "armenian", FateStatus.ReportedCaptured, "2020-12-11"),
            ["Davit"] = await RegisterAsync("Davit", "armenian", FateStatus.Detained, "2020-12-13"),
            ["Aram"] = await RegisterAsync("Aram", "armenian", FateStatus.CaptureConfirmed, "2020-12-11"),
            ["Elvin"] = await RegisterAsync("Elvin", "azerbaijani", FateStatus.CaptureConfirmed, "2020-12-11"),
            ["Hayk"] = await RegisterAsync("Hayk", "armenian", FateStatus.Missing, "2020-12-11"),
        };
    }

    public async ValueTask DisposeAsync()
    {
        _histories?.Dispose();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task PageAsync_PagesOfTwo_LongestHeldFirstThenByNameWithEveryoneCounted()
    {
        var (query, _) = Kept();

        var first = await query.PageAsync("armenian", December14, null, 1, 2, Cancel);
        var second = await query.PageAsync("armenian", December14, null, 2, 2, Cancel);

        Assert.Equal(["Aram", "Babken"], Names(first));
        Assert.Equal(["Gor", "Davit"], Names(second));
        Assert.Equal((5, 3, true, false), (first.People.Total, first.People.PageCount, first.People.HasNext, first.People.HasPrevious));
        Assert.Equal((2, 2, 5), (second.People.Page, second.People.PageSize, second.People.Total));
        Assert.Equal(PartialDate.OfDay(2020, 12, 11), first.People.Items[0].Since);
        Assert.Equal("Invented statements of the ombudsman", first.People.Items[0].Evidence.SourceTitle);
    }

    [Fact]
    public async Task PageAsync_LastPage_HoldsTheRestAndHasNoNext()
    {
        var (query, _) = Kept();

        var last = await query.PageAsync("armenian", December14, null, 3, 2, Cancel);

        Assert.Equal(["Ervand"], Names(last));
        Assert.Equal((false, true, 5), (last.People.HasNext, last.People.HasPrevious, last.People.Total));
    }

    [Fact]
    public async Task PageAsync_PastTheEnd_IsEmptyAndSaysHowManyAreHeld()
    {
        var (query, _) = Kept();

        var past = await query.PageAsync("armenian", December14, null, 4, 2, Cancel);
        var farPast = await query.PageAsync("armenian", December14, null, int.MaxValue, StillHeldRequest.MaxPageSize, Cancel);

        Assert.Empty(past.People.Items);
        Assert.Equal((4, 5, 3), (past.People.Page, past.People.Total, past.People.PageCount));
        Assert.Empty(farPast.People.Items);
        Assert.Equal(5, farPast.People.Total);
    }

    [Fact]
    public async Task PageAsync_AnEarlierDay_ListsOnlyThoseHeldThen()
    {
        var (query, _) = Kept();

        var page = await query.PageAsync("armenian", new DateOnly(2020, 12, 12), null, 1, 100, Cancel);
        var before = await query.PageAsync("armenian", new DateOnly(2020, 12, 10), null, 1, 100, Cancel);

        Assert.Equal(["Aram", "Babken", "Gor"], Names(page));
        Assert.Equal(new DateOnly(2020, 12, 12), page.AsOf);
        Assert.Equal(0, before.People.Total);
        Assert.Empty(before.People.Items);
    }

    [Fact]
    public async Task PageAsync_AfterAReleaseIsSaved_TheNextRequestNoLongerListsThePerson()
    {
        var (query, lists) = Kept();
        var before = await query.PageAsync("armenian", null, null, 1, 100, Cancel);

        await ReleaseAsync("Aram", "2020-12-20");
        var after = await query.PageAsync("armenian", null, null, 1, 100, Cancel);

        Assert.Equal(["Aram", "Babken", "Gor", "Davit", "Ervand"], Names(before));
        Assert.Equal(["Babken", "Gor", "Davit", "Ervand"], Names(after));
        Assert.Equal(4, after.People.Total);
        Assert.Equal(1, lists.KeptLists);
    }

    [Fact]
    public async Task PageAsync_CapturedAgainAfterARelease_IsHeldSinceEachStretchAndNotBetween()
    {
        var (query, _) = Kept();
        await ReleaseAsync("Aram", "2020-12-20");
        await AssertAsync("Aram", FateStatus.CaptureConfirmed, "2021-03-01");
        await AssertAsync("Gor", FateStatus.Detained, "2020-12-15");

        var firstStretch = await query.PageAsync("armenian", new DateOnly(2020, 12, 19), null, 1, 100, Cancel);
        var between = await query.PageAsync("armenian", new DateOnly(2021, 2, 28), null, 1, 100, Cancel);
        var secondStretch = await query.PageAsync("armenian", new DateOnly(2021, 3, 1), null, 1, 100, Cancel);

        Assert.Equal(["Aram", "Babken", "Gor", "Davit", "Ervand"], Names(firstStretch));
        Assert.Equal(PartialDate.OfDay(2020, 12, 11), firstStretch.People.Items[0].Since);
        Assert.Equal(["Babken", "Gor", "Davit", "Ervand"], Names(between));
        Assert.Equal((PartialDate.OfDay(2020, 12, 12), FateStatus.Detained), (between.People.Items[1].Since, between.People.Items[1].Status));
        Assert.Equal(["Babken", "Gor", "Davit", "Ervand", "Aram"], Names(secondStretch));
        Assert.Equal(PartialDate.OfDay(2021, 3, 1), secondStretch.People.Items[4].Since);
    }

    [Fact]
    public async Task PageAsync_AsRecordedOnADayBeforeTheRelease_StillListsThePerson()
    {
        var (query, _) = Kept();
        _clock.Advance(TimeSpan.FromDays(30));
        await ReleaseAsync("Aram", "2020-12-20");
        var recordedBefore = DateOnly.FromDateTime(January2026.UtcDateTime).AddDays(1);

        var asRecorded = await query.PageAsync("armenian", new DateOnly(2021, 1, 1), recordedBefore, 1, 100, Cancel);
        var now = await query.PageAsync("armenian", new DateOnly(2021, 1, 1), null, 1, 100, Cancel);

        Assert.Equal(["Aram", "Babken", "Gor", "Davit", "Ervand"], Names(asRecorded));
        Assert.Equal(recordedBefore, asRecorded.RecordedOn);
        Assert.Equal(["Babken", "Gor", "Davit", "Ervand"], Names(now));
        Assert.Null(now.RecordedOn);
    }

    [Fact]
    public async Task PageAsync_TheSameDayAgain_IsServedFromTheListKeptAndFewListsAreKept()
    {
        var (query, lists) = Kept();

        await query.PageAsync("armenian", December14, null, 1, 2, Cancel);
        await query.PageAsync("armenian", December14, null, 2, 2, Cancel);
        var afterOneDay = lists.KeptLists;
        for (var day = 0; day < StillHeldLists.MostListsKept + 3; day++)
        {
            await query.PageAsync("armenian", December14.AddDays(day + 1), null, 1, 2, Cancel);
        }

        Assert.Equal(1, afterOneDay);
        Assert.Equal(StillHeldLists.MostListsKept, lists.KeptLists);
    }

    [Fact]
    public async Task PageAsync_EveryPageInTurn_IsTheWholeListMadeWithoutKeepingIt()
    {
        var (query, _) = Kept();
        await ReleaseAsync("Gor", "2020-12-13");

        var whole = await new StillHeldQuery(Database, _clock).RunAsync("armenian", December14, null, Cancel);
        var pages = new List<StillHeldEntry>();
        for (var page = 1; page <= 4; page++)
        {
            pages.AddRange((await query.PageAsync("armenian", December14, null, page, 1, Cancel)).People.Items);
        }

        Assert.Equal(4, whole.People.Count);
        Assert.Equal(
            whole.People.Select(p => (p.Person.Id, p.Person.DisplayName, p.Status, p.Since, p.IsCredible, p.Evidence.SourceId, p.Evidence.SourceTitle)),
            pages.Select(p => (p.Person.Id, p.Person.DisplayName, p.Status, p.Since, p.IsCredible, p.Evidence.SourceId, p.Evidence.SourceTitle)));
    }

    [Fact]
    public async Task PageAsync_PageOrSizeBelowOne_IsRefused()
    {
        var (query, _) = Kept();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => query.PageAsync("armenian", null, null, 0, 10, Cancel));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => query.PageAsync("armenian", null, null, 1, 0, Cancel));
    }

    // The query as the web app makes it: the histories and the lists kept between requests.
    private (StillHeldQuery Query, StillHeldLists Lists) Kept()
    {
        _histories ??= new FateHistoryCache(Database);
        var lists = new StillHeldLists(Database, _histories);
        return (new StillHeldQuery(Database, _clock, _histories, lists), lists);
    }

    private static List<string> Names(StillHeldPage page) =>
        [.. page.People.Items.Select(p => p.Person.DisplayName.Split(' ')[0])];

    private async Task<Guid> RegisterAsync(string given, string side, FateStatus status, string asOf) =>
        (await new PersonCommands(Database, _caseworker, _clock).RegisterAsync(
            new RegisterPersonInput(
                new NameInput(given, "Invented-Heldyan", Origin: "invented for a test"),
                new DetailsInput(Side: side),
                new FateInput(status, asOf, _source, "was named (invented)", null, Credibility.Confirmed),
                ConfirmedNew: true),
            Cancel)).PersonId;

    private Task ReleaseAsync(string given, string asOf) => AssertAsync(given, FateStatus.Released, asOf);

    private async Task AssertAsync(string given, FateStatus status, string asOf) =>
        Assert.NotNull(await new PersonCommands(Database, _caseworker, _clock).AssertFateAsync(
            _people[given], new FateInput(status, asOf, _source, "was said to be so (invented)", null, Credibility.Confirmed), cancellationToken: Cancel));
}
