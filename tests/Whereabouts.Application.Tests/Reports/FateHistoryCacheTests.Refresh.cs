using Whereabouts.Application.Reports;
using Whereabouts.Domain;

namespace Whereabouts.Application.Tests.Reports;

/// <summary>
/// After a save, only the histories the save touched are read again: a name added changes none, a
/// fate recorded changes its person's alone. Joins (read everyone again) are covered in
/// SamePersonJudgementsTests.
/// </summary>
public sealed partial class FateHistoryCacheTests
{
    [Fact]
    public async Task ReadAsync_AfterOnlyANameIsAdded_KeepsTheSameHistoriesAndCalendar()
    {
        var person = await AddAsync(FateStatus.Missing);
        using var cache = new FateHistoryCache(Database);
        var before = await cache.ReadAsync(Cancel);
        var calendar = await cache.ReadCalendarAsync(Cancel);

        await using (var context = Database.CreateContext("tests"))
        {
            var stored = await context.People.FindAsync([person.Id], Cancel);
            Assert.True(stored!.AddName(new PersonName("Invented", "Spelled-Otherwise")));
            await context.SaveChangesAsync(Cancel);
        }

        Assert.Same(before, await cache.ReadAsync(Cancel));
        Assert.Same(calendar, await cache.ReadCalendarAsync(Cancel));
    }

    [Fact]
    public async Task ReadAsync_AfterAFateOfOnePerson_ReadsThatHistoryAgainAndKeepsTheOthers()
    {
        var changed = await AddAsync(FateStatus.Missing);
        var untouched = await AddAsync(FateStatus.Deceased);
        using var cache = new FateHistoryCache(Database);
        var before = await cache.ReadAsync(Cancel);

        await using (var context = Database.CreateContext("tests"))
        {
            var stored = await context.People.FindAsync([changed.Id], Cancel);
            stored!.AssertFate(Assertion(FateStatus.CaptureConfirmed, PartialDate.OfDay(2020, 12, 20)));
            await context.SaveChangesAsync(Cancel);
        }

        var after = await cache.ReadAsync(Cancel);

        Assert.NotSame(before, after);
        Assert.Equal(2, after.Count);
        Assert.Equal(FateStatus.CaptureConfirmed, after.Single(h => h.PersonId == changed.Id).Fate.Status);
        Assert.Same(before.Single(h => h.PersonId == untouched.Id), after.Single(h => h.PersonId == untouched.Id));
        Assert.Equal(FateStatus.Missing, before.Single(h => h.PersonId == changed.Id).Fate.Status);
    }

    [Fact]
    public async Task ReadAsync_AfterASideIsChanged_GivesTheNewSide()
    {
        var person = await AddAsync(FateStatus.Missing);
        using var cache = new FateHistoryCache(Database);
        await cache.ReadAsync(Cancel);

        await using (var context = Database.CreateContext("tests"))
        {
            var stored = await context.People.FindAsync([person.Id], Cancel);
            stored!.UpdateDetails(stored.Details with { Side = null });
            await context.SaveChangesAsync(Cancel);
        }

        Assert.Null(Assert.Single(await cache.ReadAsync(Cancel)).Side);
    }

    [Fact]
    public async Task ReadAsync_AfterAFateIsRetracted_GivesTheEarlierFate()
    {
        var person = await AddAsync(FateStatus.Missing);
        var later = Assertion(FateStatus.Deceased, PartialDate.OfDay(2021, 1, 5));
        await using (var context = Database.CreateContext("tests"))
        {
            var stored = await context.People.FindAsync([person.Id], Cancel);
            stored!.AssertFate(later);
            await context.SaveChangesAsync(Cancel);
        }

        using var cache = new FateHistoryCache(Database);
        Assert.Equal(FateStatus.Deceased, Assert.Single(await cache.ReadAsync(Cancel)).Fate.Status);
        await using (var context = Database.CreateContext("tests"))
        {
            var stored = await context.People.FindAsync([person.Id], Cancel);
            stored!.RetractFate(new FateRetraction(Guid.NewGuid(), later.Id, "recorded on the wrong man (test)", new Evidence(_source!.Id, null, "row 2", Credibility.Confirmed), "tests", Recorded));
            await context.SaveChangesAsync(Cancel);
        }

        Assert.Equal(FateStatus.Missing, Assert.Single(await cache.ReadAsync(Cancel)).Fate.Status);
    }
}
