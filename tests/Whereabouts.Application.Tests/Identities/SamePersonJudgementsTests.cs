using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Common;
using Whereabouts.Application.Demo;
using Whereabouts.Application.Identities;
using Whereabouts.Application.Persons;
using Whereabouts.Application.Reports;
using Whereabouts.Domain;
using Whereabouts.Storage;
using Whereabouts.Testing;

namespace Whereabouts.Application.Tests.Identities;

/// <summary>
/// Joining two demo records into one identity and separating them again, run against each provider
/// by <see cref="SqliteSamePersonJudgementsTests"/> and <see cref="PostgresSamePersonJudgementsTests"/>:
/// the search, the still-held list, the public figures and the dashboard count the identity once.
/// Each test has its own registry, since judgements change it.
/// </summary>
public abstract class SamePersonJudgementsTests(DatabaseProvider provider) : IAsyncLifetime
{
    private static readonly DateOnly Today = new(2026, 12, 1);
    private TestDatabase _db = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private SamePersonJudgements Judgements => new(_db.Database, new FixedActor("caseworker-1"), TimeProvider.System);

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
    public async Task JudgeAsync_TwoHeldDemoRecordsSame_CountedOnceEverywhere_AndUndoRestoresTwo()
    {
        var before = await StillHeldAsync();
        var (first, second) = (before[0], before[1]);
        var (identity, joined) = first.CompareTo(second) < 0 ? (first, second) : (second, first);
        var searchedName = await FamilyNameAsync(joined);
        var searchBefore = await SearchAsync(searchedName);
        var listingBefore = (await new PersonSearch(_db.Database).RunAsync(new PersonSearchCriteria(PageSize: 1), Cancel)).Total;
        var publicBefore = await PublicTotalAsync();
        var dashboardBefore = (await new DashboardQuery(_db.Database).RunAsync(null, Cancel)).People;

        var judged = await Judgements.JudgeAsync(joined, identity, MatchDecision.Same, "One man under two service numbers (test).", confirmed: true, cancellationToken: Cancel);

        Assert.NotNull(judged);
        Assert.Equal(identity, judged.IdentityId);
        var held = await StillHeldAsync();
        Assert.Equal(before.Count - 1, held.Count);
        Assert.Contains(identity, held);
        Assert.DoesNotContain(joined, held);
        var search = await SearchAsync(searchedName);
        Assert.Contains(identity, search);
        Assert.DoesNotContain(joined, search);
        Assert.Equal(searchBefore.Count - (searchBefore.Contains(identity) ? 1 : 0), search.Count);
        Assert.Equal(listingBefore - 1, (await new PersonSearch(_db.Database).RunAsync(new PersonSearchCriteria(PageSize: 1), Cancel)).Total);
        Assert.Equal([identity], await SearchAsync(joined.ToString()));
        Assert.Equal(publicBefore - 1, await PublicTotalAsync());
        Assert.Equal(dashboardBefore - 1, (await new DashboardQuery(_db.Database).RunAsync(null, Cancel)).People);

        var undone = await Judgements.UndoAsync(joined, judged.JudgementId, "Two men after all (test).", Cancel);

        Assert.NotNull(undone);
        Assert.Equal(joined, undone.IdentityId);
        Assert.Equal(MatchDecision.Pending, undone.Decision);
        Assert.Equal(before, await StillHeldAsync());
        Assert.Equal(searchBefore, await SearchAsync(searchedName));
        Assert.Equal(publicBefore, await PublicTotalAsync());
        Assert.Equal(listingBefore, (await new PersonSearch(_db.Database).RunAsync(new PersonSearchCriteria(PageSize: 1), Cancel)).Total);
    }

    [Fact]
    public async Task JudgeAsync_GivenNameOfOneRecordAndFamilyNameOfTheOther_FoundTogetherOnlyWhileJoined()
    {
        var held = await StillHeldAsync();
        var (identity, joined, text) = (Guid.Empty, Guid.Empty, string.Empty);
        foreach (var (a, b) in held.Take(8).SelectMany(a => held.Take(8).Where(b => a.CompareTo(b) < 0).Select(b => (a, b))))
        {
            var words = $"{await GivenNameAsync(b)} {await FamilyNameAsync(a)}";
            var found = await SearchAsync(words);
            if (!found.Contains(a) && !found.Contains(b))
            {
                (identity, joined, text) = (a, b, words);
                break;
            }
        }

        Assert.NotEqual(Guid.Empty, identity);
        var judged = await Judgements.JudgeAsync(joined, identity, MatchDecision.Same, "One man under two names (test).", confirmed: true, cancellationToken: Cancel);

        Assert.Contains(identity, await SearchAsync(text));
        Assert.DoesNotContain(joined, await SearchAsync(text));

        await Judgements.UndoAsync(joined, judged!.JudgementId, "Two men after all (test).", Cancel);

        var after = await SearchAsync(text);
        Assert.DoesNotContain(identity, after);
        Assert.DoesNotContain(joined, after);
    }

    [Fact]
    public async Task JudgeAsync_HistoriesKeptBetweenReports_AreReadAgainAfterTheJudgement()
    {
        using var cache = new FateHistoryCache(_db.Database);
        var query = new StillHeldQuery(_db.Database, TimeProvider.System, cache);
        var before = (await query.RunAsync(DemoParties.Armenian, Today, Cancel)).People.Count;
        var held = await StillHeldAsync();

        var judged = await Judgements.JudgeAsync(held[0], held[1], MatchDecision.Same, "Same man (test).", confirmed: true, cancellationToken: Cancel);
        var joined = (await query.RunAsync(DemoParties.Armenian, Today, Cancel)).People.Count;
        await Judgements.UndoAsync(held[0], judged!.JudgementId, "Two men (test).", Cancel);

        Assert.Equal(before - 1, joined);
        Assert.Equal(before, (await query.RunAsync(DemoParties.Armenian, Today, Cancel)).People.Count);
    }

    [Fact]
    public async Task UndoAsync_ChainOfThreeFirstJoinUndone_RegroupsTheOtherTwo()
    {
        var ids = (await StillHeldAsync()).Take(3).Order().ToList();
        var (a, b, c) = (ids[0], ids[1], ids[2]);
        var ab = await Judgements.JudgeAsync(a, b, MatchDecision.Same, "Same man (test).", confirmed: true, cancellationToken: Cancel);
        await Judgements.JudgeAsync(c, b, MatchDecision.Same, "Same man (test).", confirmed: true, cancellationToken: Cancel);
        Assert.Equal([a, a, a], await IdentitiesAsync(a, b, c));

        await Judgements.UndoAsync(b, ab!.JudgementId, "A is another man (test).", Cancel);

        Assert.Equal([a, b, b], await IdentitiesAsync(a, b, c));
        var held = await StillHeldAsync();
        Assert.Contains(a, held);
        Assert.Contains(b, held);
        Assert.DoesNotContain(c, held);
        await using var context = _db.NewContext();
        var heads = await context.PersonIndex.Where(e => ids.Contains(e.PersonId)).ToDictionaryAsync(e => e.PersonId, e => e.IdentityId, Cancel);
        Assert.Equal(b, heads[c]);
    }

    [Fact]
    public async Task JudgeAsync_RecordsOfDifferentSidesUnconfirmed_IsRefusedNamingWhy_AndConfirmedJoins()
    {
        var armenian = DemoIds.For("person/hin-tagher/1");
        var azerbaijani = DemoIds.For("person/az-missing/1");

        var refused = await Assert.ThrowsAsync<DomainRuleException>(() =>
            Judgements.JudgeAsync(armenian, azerbaijani, MatchDecision.Same, null, confirmed: false, cancellationToken: Cancel));

        Assert.Equal("identity.confirmation-required", refused.Rule);
        Assert.Contains("different sides", refused.Message, StringComparison.Ordinal);
        Assert.Equal([armenian, azerbaijani], await IdentitiesAsync(armenian, azerbaijani));
        var joined = await Judgements.JudgeAsync(armenian, azerbaijani, MatchDecision.Same, "Confirmed by the family's photographs (test).", confirmed: true, cancellationToken: Cancel);
        Assert.Equal(Min(armenian, azerbaijani), joined!.IdentityId);
    }

    [Fact]
    public async Task JudgeAsync_NotSame_KeepsTwoIdentitiesAndIsInThePairsHistory()
    {
        var first = DemoIds.For("person/hin-tagher/2");
        var second = DemoIds.For("person/hin-tagher/3");

        var judged = await Judgements.JudgeAsync(first, second, MatchDecision.NotSame, "Different fathers (test).", confirmed: false, cancellationToken: Cancel);

        Assert.Equal(MatchDecision.NotSame, judged!.Decision);
        Assert.Equal([first, second], await IdentitiesAsync(first, second));
        await using var context = _db.NewContext();
        var pair = await context.PersonPairs.SingleAsync(p => p.Id == judged.PairId, Cancel);
        Assert.Equal("caseworker-1", Assert.Single(pair.Judgements).Actor);
        var dossier = await new PersonIdentityQuery(_db.Database).ForDossierAsync(first, Cancel);
        Assert.False(dossier!.HasOthers);
        Assert.Equal(second, Assert.Single(dossier.Judgements).OtherId);
    }

    [Fact]
    public async Task JudgeAsync_UnknownOrMissingOtherRecord_NamesOtherId()
    {
        var person = DemoIds.For("person/hin-tagher/2");

        var unknown = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            Judgements.JudgeAsync(person, Guid.NewGuid(), MatchDecision.Same, null, confirmed: false, cancellationToken: Cancel));
        var missing = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            Judgements.JudgeAsync(person, Guid.Empty, MatchDecision.Same, null, confirmed: false, cancellationToken: Cancel));

        Assert.Contains("otherId", unknown.Errors.Keys);
        Assert.Contains("otherId", missing.Errors.Keys);
        Assert.Null(await Judgements.JudgeAsync(Guid.NewGuid(), person, MatchDecision.Same, null, confirmed: false, cancellationToken: Cancel));
    }

    [Fact]
    public async Task RunAsync_JoinedRecord_ShowsTheIdentityWithEveryRecordsNamesFatesAndJudgements()
    {
        var held = await StillHeldAsync();
        var (identity, joined) = held[0].CompareTo(held[1]) < 0 ? (held[0], held[1]) : (held[1], held[0]);
        await Judgements.JudgeAsync(joined, identity, MatchDecision.Same, "Same man (test).", confirmed: true, cancellationToken: Cancel);

        var view = await new PersonIdentityQuery(_db.Database).RunAsync(joined, Cancel);

        Assert.NotNull(view);
        Assert.True(view.IsJoined);
        Assert.Equal(identity, view.IdentityId);
        Assert.Equal([identity, joined], view.Records.Select(r => r.Id));
        Assert.Contains(view.Names, n => n.RecordId == joined);
        Assert.Contains(view.Names, n => n.RecordId == identity);
        Assert.Contains(view.Fates, f => f.RecordId == joined);
        Assert.Contains(view.Fates, f => f.RecordId == identity);
        Assert.NotNull(view.Fate);
        var judgement = Assert.Single(view.Judgements);
        Assert.True(judgement.IsStanding);
        Assert.Equal(identity, judgement.OtherId);
    }

    private static Guid Min(Guid a, Guid b) => a.CompareTo(b) < 0 ? a : b;

    private async Task<List<Guid>> StillHeldAsync()
    {
        var report = await new StillHeldQuery(_db.Database, TimeProvider.System).RunAsync(DemoParties.Armenian, Today, Cancel);
        return [.. report.People.Select(p => p.Person.Id).Order()];
    }

    private async Task<List<Guid>> SearchAsync(string text)
    {
        var found = await new PersonSearch(_db.Database).RunAsync(new PersonSearchCriteria(Text: text, PageSize: 500), Cancel);
        return [.. found.Items.Select(i => i.Id).Order()];
    }

    private async Task<int?> PublicTotalAsync() => (await new PublicStatisticsQuery(_db.Database).RunAsync(null, Cancel)).Total;

    private async Task<string> GivenNameAsync(Guid id)
    {
        await using var context = _db.NewContext();
        var person = await context.People.AsNoTracking().AsSplitQuery().SingleAsync(p => p.Id == id, Cancel);
        return person.PrimaryName.GivenName!;
    }

    private async Task<string> FamilyNameAsync(Guid id)
    {
        await using var context = _db.NewContext();
        var person = await context.People.AsNoTracking().AsSplitQuery().SingleAsync(p => p.Id == id, Cancel);
        return person.PrimaryName.FamilyName!;
    }

    private async Task<List<Guid>> IdentitiesAsync(params Guid[] ids)
    {
        await using var context = _db.NewContext();
        var found = await context.People.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.IdentityId, Cancel);
        return [.. ids.Select(i => found[i])];
    }
}
