using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Common;
using Whereabouts.Application.Demo;
using Whereabouts.Application.Identities;
using Whereabouts.Domain;
using Whereabouts.Storage;
using Whereabouts.Testing;

namespace Whereabouts.Application.Tests.Identities;

// The registry is the demo's invented people, with two invented records of one man added.
public sealed class DuplicateSearchTests : IAsyncLifetime
{
    private const string Actor = "alice";
    private TestDatabase _db = null!;
    private Person _hayk = null!;
    private Person _ayk = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private DuplicateSearch Search => new(_db.Database, new FixedActor(Actor));

    private SamePersonJudgements Judgements => new(_db.Database, new FixedActor(Actor), TimeProvider.System);

    public async ValueTask InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await new DemoLoader(_db.Database).LoadAsync(Cancel);
        _hayk = Invented("Hayk", "Gevorgyan", PartialDate.OfYear(2002).Approximately());
        _ayk = Invented("Айк", "Геворгян", PartialDate.OfYear(2002));
        await using var context = _db.NewContext();
        context.People.AddRange(_hayk, _ayk);
        await context.SaveChangesAsync(Cancel);
    }

    public ValueTask DisposeAsync() => _db.DisposeAsync();

    [Fact]
    public async Task FindAsync_NearDuplicateAcrossScripts_ProposesAPendingPairWithTheExplanation()
    {
        var report = await Search.FindAsync(cancellationToken: Cancel);

        Assert.True(report.ComparedPairs > 0);
        await using var context = _db.NewContext();
        var pairs = await context.PersonPairs.ToListAsync(Cancel);
        Assert.Equal(report.Proposed, pairs.Count);
        var pair = Assert.Single(pairs, p => (p.FirstPersonId, p.SecondPersonId) == PersonPair.Order(_hayk.Id, _ayk.Id));
        Assert.Equal(PairOrigin.DuplicateSearch, pair.Origin);
        Assert.Equal(MatchDecision.Pending, pair.Decision);
        Assert.True(pair.Probability >= DuplicateSearch.ReviewFrom);
        Assert.Contains("\"field\":\"name\"", pair.Explanation, StringComparison.Ordinal);
        var audit = await context.AuditEntries.Where(e => e.EntityType == nameof(PersonPair)).ToListAsync(Cancel);
        Assert.All(audit, e => Assert.Equal(Actor, e.Actor));
        Assert.NotEmpty(audit);
    }

    [Fact]
    public async Task FindAsync_RunTwice_ProposesNothingTwice()
    {
        var first = await Search.FindAsync(cancellationToken: Cancel);

        var again = await Search.FindAsync(cancellationToken: Cancel);

        Assert.Equal(0, again.Proposed);
        Assert.Equal(first.Proposed, again.AlreadyKnown);
        await using var context = _db.NewContext();
        Assert.Equal(first.Proposed, await context.PersonPairs.CountAsync(Cancel));
    }

    [Fact]
    public async Task FindAsync_PairJudgedNotTheSame_IsNotProposedAgain()
    {
        await Judgements.JudgeAsync(_hayk.Id, _ayk.Id, MatchDecision.NotSame, "two cousins", confirmed: false, cancellationToken: Cancel);

        await Search.FindAsync(cancellationToken: Cancel);

        await using var context = _db.NewContext();
        var (first, second) = PersonPair.Order(_hayk.Id, _ayk.Id);
        var pair = Assert.Single(await context.PersonPairs.Where(p => p.FirstPersonId == first && p.SecondPersonId == second).ToListAsync(Cancel));
        Assert.Equal(MatchDecision.NotSame, pair.Decision);
        Assert.Single(pair.Judgements);
    }

    [Fact]
    public async Task FindAsync_RecordsOfOneIdentity_AreNotPaired()
    {
        var third = Invented("Hayk", "Gevorgian", PartialDate.OfYear(2002));
        await using (var context = _db.NewContext())
        {
            context.People.Add(third);
            await context.SaveChangesAsync(Cancel);
        }

        await Judgements.JudgeAsync(_hayk.Id, _ayk.Id, MatchDecision.Same, null, confirmed: false, cancellationToken: Cancel);
        await Judgements.JudgeAsync(_hayk.Id, third.Id, MatchDecision.Same, null, confirmed: false, cancellationToken: Cancel);

        await Search.FindAsync(cancellationToken: Cancel);

        await using var after = _db.NewContext();
        var members = new[] { _hayk.Id, _ayk.Id, third.Id };
        Assert.DoesNotContain(await after.PersonPairs.ToListAsync(Cancel), p => p.Decision == MatchDecision.Pending && members.Contains(p.FirstPersonId) && members.Contains(p.SecondPersonId));
        Assert.Equal(2, await after.PersonPairs.CountAsync(p => members.Contains(p.FirstPersonId) && members.Contains(p.SecondPersonId), Cancel));
    }

    [Fact]
    public async Task FindAsync_EmptyRegistry_ComparesNothing()
    {
        await using var empty = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

        var report = await new DuplicateSearch(empty.Database, new FixedActor(Actor)).FindAsync(cancellationToken: Cancel);

        Assert.Equal(new DuplicateSearchReport(0, 0, 0, 0, report.Seconds), report);
    }

    private static Person Invented(string given, string family, PartialDate birth) =>
        new(Guid.NewGuid(), new PersonName(given, family), new PersonDetails(Sex.Male, birth, null, "armenian"), isInvented: true);
}
