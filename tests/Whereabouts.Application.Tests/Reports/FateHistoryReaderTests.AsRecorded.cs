using Whereabouts.Application.Common;
using Whereabouts.Application.Identities;
using Whereabouts.Application.Persons;
using Whereabouts.Application.Reports;
using Whereabouts.Application.Sources;
using Whereabouts.Application.Tests.Support;
using Whereabouts.Domain;
using Whereabouts.Storage;
using Whereabouts.Testing;

namespace Whereabouts.Application.Tests.Reports;

/// <summary>
/// The histories as the registry held them at the end of a day (docs/adr/0031), written through
/// the registry's own save path on a clock the tests move, and read through the still-held list
/// and the public figures: a fate, a retraction, a join or an undo recorded after the day is not
/// in the registry as recorded on it.
/// </summary>
public abstract partial class FateHistoryReaderTests
{
    private static readonly DateTimeOffset December14 = new(2020, 12, 14, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ReadAsRecordedAsync_FateRecordedOn20DecemberAbout15December_IsInAsOf16DecemberButNotAsRecordedOn18December()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new ManualClock(December14);
        var registry = new Registry(database.Database, clock);
        var source = await registry.SourceAsync();
        var person = await registry.RegisterAsync("Aram", FateStatus.Missing, "2020-12-11", source);
        clock.Advance(TimeSpan.FromDays(6));
        await registry.AssertAsync(person, FateStatus.CaptureConfirmed, "2020-12-15", source);
        var query = new StillHeldQuery(database.Database, clock);

        var asOf = await query.RunAsync("armenian", new DateOnly(2020, 12, 16), Cancel);
        var asRecorded = await query.RunAsync("armenian", new DateOnly(2020, 12, 16), new DateOnly(2020, 12, 18), Cancel);

        Assert.Equal([person], asOf.People.Select(p => p.Person.Id));
        Assert.Null(asOf.RecordedOn);
        Assert.Empty(asRecorded.People);
        Assert.Equal((new DateOnly(2020, 12, 16), new DateOnly(2020, 12, 18)), (asRecorded.AsOf, asRecorded.RecordedOn));
    }

    [Fact]
    public async Task ReadAsRecordedAsync_DayItWasRecordedWithoutAsOf_HoldsItUpToMidnightUtcAndAsksAboutThatDay()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new ManualClock(December14);
        var registry = new Registry(database.Database, clock);
        var source = await registry.SourceAsync();
        var person = await registry.RegisterAsync("Aram", FateStatus.Missing, "2020-12-11", source);

        // 23:59:59 UTC on the 20th: the last moment of that day in the registry's clock.
        clock.Advance(new TimeSpan(6, 14, 59, 59));
        await registry.AssertAsync(person, FateStatus.CaptureConfirmed, "2020-12-15", source);
        var query = new StillHeldQuery(database.Database, clock);

        var day = await query.RunAsync("armenian", null, new DateOnly(2020, 12, 20), Cancel);
        var dayBefore = await query.RunAsync("armenian", null, new DateOnly(2020, 12, 19), Cancel);

        Assert.Equal([person], day.People.Select(p => p.Person.Id));
        Assert.Equal(new DateOnly(2020, 12, 20), day.AsOf);
        Assert.Empty(dayBefore.People);
        Assert.Equal(new DateOnly(2020, 12, 19), dayBefore.AsOf);
    }

    [Fact]
    public async Task ReadAsRecordedAsync_JoinRecordedLaterAndUndoneLater_CountsTwoBeforeTheJoinOneBetweenAndTwoAfterTheUndo()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new ManualClock(December14);
        var registry = new Registry(database.Database, clock);
        var source = await registry.SourceAsync();
        var first = await registry.RegisterAsync("Aram", FateStatus.CaptureConfirmed, "2020-12-12", source);
        var second = await registry.RegisterAsync("Armen", FateStatus.CaptureConfirmed, "2020-12-12", source);
        var (identity, joined) = first.CompareTo(second) < 0 ? (first, second) : (second, first);
        clock.Advance(TimeSpan.FromDays(6));
        var judged = await registry.Judgements.JudgeAsync(joined, identity, MatchDecision.Same, "One man registered twice (test).", confirmed: false, cancellationToken: Cancel);
        clock.Advance(TimeSpan.FromDays(2));
        await registry.Judgements.UndoAsync(joined, judged!.JudgementId, "Two men after all (test).", Cancel);
        using var histories = new FateHistoryCache(database.Database);
        var query = new StillHeldQuery(database.Database, clock, histories);

        async Task<List<Guid>> HeldAsync(int recordedOn) =>
            [.. (await query.RunAsync("armenian", new DateOnly(2020, 12, 16), new DateOnly(2020, 12, recordedOn), Cancel)).People.Select(p => p.Person.Id).Order()];

        Assert.Equal(new[] { first, second }.Order(), await HeldAsync(19));
        Assert.Equal([identity], await HeldAsync(20));
        Assert.Equal([identity], await HeldAsync(21));
        Assert.Equal(new[] { first, second }.Order(), await HeldAsync(22));
        var figures = await new PublicStatisticsQuery(database.Database, histories).RunAsync(null, new DateOnly(2020, 12, 20), Cancel);
        Assert.Equal(new DateOnly(2020, 12, 20), figures.RecordedOn);
        Assert.Equal(1, (await new DashboardQuery(database.Database, histories).RunAsync(null, new DateOnly(2020, 12, 21), Cancel)).People);
        Assert.Equal(2, (await new DashboardQuery(database.Database).RunAsync(null, new DateOnly(2020, 12, 19), Cancel)).People);
    }

    [Fact]
    public async Task ReadAsRecordedAsync_RetractionRecordedLater_LeavesTheFateItRetractsInTheViewBefore()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new ManualClock(December14);
        var registry = new Registry(database.Database, clock);
        var source = await registry.SourceAsync();
        var person = await registry.RegisterAsync("Aram", FateStatus.CaptureConfirmed, "2020-12-12", source);
        clock.Advance(TimeSpan.FromDays(6));
        await registry.RetractAsync(person, source);
        var query = new StillHeldQuery(database.Database, clock);

        var before = await query.RunAsync("armenian", new DateOnly(2020, 12, 16), new DateOnly(2020, 12, 19), Cancel);
        var after = await query.RunAsync("armenian", new DateOnly(2020, 12, 16), new DateOnly(2020, 12, 20), Cancel);
        var now = await query.RunAsync("armenian", new DateOnly(2020, 12, 16), Cancel);

        Assert.Equal([person], before.People.Select(p => p.Person.Id));
        Assert.Empty(after.People);
        Assert.Empty(now.People);
    }

    [Fact]
    public async Task ReadAsRecordedAsync_AfterEverythingWasRecorded_GivesTheHistoriesOfToday()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await SaveAsync(database.Database);

        await using var context = database.NewContext();
        var today = await FateHistoryReader.ReadAsync(context, Cancel);
        var recorded = await FateHistoryReader.ReadAsRecordedAsync(context, DateOnly.FromDateTime(DateTime.UtcNow), Cancel);
        var before = await FateHistoryReader.ReadAsRecordedAsync(context, new DateOnly(2020, 1, 1), Cancel);

        Assert.Equal(
            today.OrderBy(h => h.PersonId).Select(h => (h.PersonId, h.Side, Assertions: string.Join(',', h.Assertions.Select(a => a.Id).Order()), Retractions: h.Retractions.Count)),
            recorded.OrderBy(h => h.PersonId).Select(h => (h.PersonId, h.Side, Assertions: string.Join(',', h.Assertions.Select(a => a.Id).Order()), Retractions: h.Retractions.Count)));
        Assert.Equal(today.Select(h => h.PersonId).Order(), before.Select(h => h.PersonId).Order());
        Assert.All(before, h => Assert.Null(h.Fate.Current));
    }

    // The registry's save path on the test's clock: what a caseworker does, on the days the tests choose.
    private sealed class Registry(WhereaboutsDatabase database, ManualClock clock)
    {
        private readonly FixedActor _caseworker = new("caseworker.one");

        public SamePersonJudgements Judgements => new(database, _caseworker, clock);

        public async Task<Guid> SourceAsync() =>
            (await new SourceEditor(database, _caseworker, clock).CreateAsync(new SourceInput("Other", "Invented statements of the ombudsman", Reliability: "B"), Cancel)).Id;

        public async Task<Guid> RegisterAsync(string given, FateStatus status, string asOf, Guid source) =>
            (await new PersonCommands(database, _caseworker, clock).RegisterAsync(
                new RegisterPersonInput(
                    new NameInput(given, "Invented-Recordedyan", Origin: "invented for a test"),
                    new DetailsInput(Side: "armenian"),
                    new FateInput(status, asOf, source, "was named (invented)", null, Credibility.Confirmed),
                    ConfirmedNew: true),
                Cancel)).PersonId;

        public Task<PersonSaved?> AssertAsync(Guid person, FateStatus status, string asOf, Guid source) =>
            new PersonCommands(database, _caseworker, clock).AssertFateAsync(person, new FateInput(status, asOf, source, "was named again (invented)", null, Credibility.Confirmed), cancellationToken: Cancel);

        public async Task RetractAsync(Guid person, Guid source)
        {
            await using var context = database.CreateContext();
            var whole = await context.People.FindAsync([person], Cancel);
            var assertion = whole!.FateAssertions.Single().Id;
            await new PersonCorrections(database, _caseworker, clock).RetractFateAsync(
                person, assertion, new RetractionInput("A namesake's capture (invented).", source, "not him (invented)", Credibility: Credibility.Confirmed), cancellationToken: Cancel);
        }
    }
}
