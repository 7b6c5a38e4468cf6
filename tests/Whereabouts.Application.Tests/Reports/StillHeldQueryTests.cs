using Whereabouts.Application.Demo;
using Whereabouts.Application.Reports;
using Whereabouts.Application.Tests.Sources;
using Whereabouts.Domain;

namespace Whereabouts.Application.Tests.Reports;

/// <summary>The still-held list on the demo data, which follows the events of 2020 and 2021.</summary>
public sealed class StillHeldQueryTests(DemoRegistry registry) : IClassFixture<DemoRegistry>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RunAsync_15December2020_HoldsHadrutCaptivesButNobodyReturnedTheDayBeforeOrCapturedIn2021()
    {
        var report = await Query().RunAsync("armenian", new DateOnly(2020, 12, 15), Cancel);

        var held = report.People.Select(p => p.Person.Id).ToHashSet();
        Assert.NotEmpty(held);
        Assert.DoesNotContain(held, id => Group("war-captive", 44).Contains(id));
        Assert.DoesNotContain(held, id => Group("clashes-2021", 32).Contains(id));
        Assert.Contains(Person("hin-tagher", 58), held);
        Assert.All(report.People, p => Assert.Equal(FateGroup.Captivity, FateTransitions.GroupOf(p.Status)));
    }

    [Fact]
    public async Task RunAsync_13December2020_HoldsThe44ArmeniansAndThe14ReturnedOnThe14th()
    {
        var armenians = await Query().RunAsync("armenian", new DateOnly(2020, 12, 13), Cancel);
        var azerbaijanis = await Query().RunAsync("azerbaijani", new DateOnly(2020, 12, 13), Cancel);
        var azerbaijanisAfter = await Query().RunAsync("azerbaijani", new DateOnly(2020, 12, 15), Cancel);

        Assert.Subset(armenians.People.Select(p => p.Person.Id).ToHashSet(), Group("war-captive", 44));
        Assert.Equal(Group("az-returned", 14), azerbaijanis.People.Select(p => p.Person.Id).ToHashSet());
        Assert.Empty(azerbaijanisAfter.People);
    }

    [Fact]
    public async Task RunAsync_AroundTheExchangeOf4December2021_TheTenAreHeldBeforeAndNotAfter()
    {
        var returned = Group("clashes-2021", 10);

        var before = (await Query().RunAsync("armenian", new DateOnly(2021, 12, 1), Cancel)).People.Select(p => p.Person.Id).ToHashSet();
        var after = (await Query().RunAsync("armenian", new DateOnly(2021, 12, 5), Cancel)).People.Select(p => p.Person.Id).ToHashSet();

        Assert.Subset(before, returned);
        Assert.Empty(after.Intersect(returned));
        Assert.Subset(after, Group("clashes-2021", 32).Except(returned).ToHashSet());
    }

    [Fact]
    public async Task RunAsync_Today_DiffersFrom15December2020AsTheEventsSay()
    {
        var then = (await Query().RunAsync("armenian", new DateOnly(2020, 12, 15), Cancel)).People.Select(p => p.Person.Id).ToHashSet();
        var today = await Query().RunAsync("armenian", null, Cancel);
        var now = today.People.Select(p => p.Person.Id).ToHashSet();

        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow), today.AsOf);
        Assert.Equal(22, now.Intersect(Group("clashes-2021", 32)).Count());
        Assert.NotEqual(then, now);
        Assert.Subset(now, Group("hin-tagher", 20));
    }

    [Fact]
    public async Task RunAsync_HeldPersonWithoutACase_SaysSinceWhenWithTheEvidence()
    {
        var report = await Query().RunAsync("armenian", new DateOnly(2023, 1, 1), Cancel);

        var entry = Assert.Single(report.People, p => p.Person.Id == Person("clashes-2021", 20));
        Assert.Equal(PartialDate.OfDay(2021, 11, 16), entry.Since);
        Assert.Equal(FateStatus.OnTrial, entry.Status);
        Assert.Equal(DemoIds.For("source/invented/court-records"), entry.Evidence.SourceId);
        Assert.NotEmpty(entry.Evidence.SourceTitle);
        Assert.True(entry.Person.IsInvented);
        Assert.Empty(entry.LegalCases);
    }

    [Fact]
    public async Task RunAsync_HeldPersonOnTrial_ListsTheTrialOnlyOnceItWasLodged()
    {
        var defendant = Person("clashes-2021", 11);

        var during = await Query().RunAsync("armenian", new DateOnly(2023, 1, 1), Cancel);
        var before = await Query().RunAsync("armenian", new DateOnly(2021, 12, 1), Cancel);

        var trial = Assert.Single(Assert.Single(during.People, p => p.Person.Id == defendant).LegalCases);
        Assert.Contains("DEMO-T-2022-011", trial.Summary, StringComparison.Ordinal);
        Assert.Contains(registry.Catalog.LegalCases, c => c.Id == trial.Id && c.PersonIds.Contains(defendant));
        Assert.Empty(Assert.Single(before.People, p => p.Person.Id == defendant).LegalCases);
    }

    [Fact]
    public async Task RunAsync_Today_ComparesAnnouncedTotalsWithNamedPeoplePerExchange()
    {
        var report = await Query().RunAsync("armenian", null, Cancel);

        Assert.Equal([PartialDate.OfDay(2021, 12, 4), PartialDate.OfDay(2020, 12, 14)], report.Exchanges.Select(e => e.Date));
        Assert.Equal((10, 10), (report.Exchanges[0].Total.AnnouncedCount, report.Exchanges[0].Total.Named));
        Assert.Equal((44, 44), (report.Exchanges[1].Total.AnnouncedCount, report.Exchanges[1].Total.Named));
        Assert.Empty((await Query().RunAsync("armenian", new DateOnly(2020, 12, 13), Cancel)).Exchanges);
    }

    [Fact]
    public async Task RunAsync_NotASlug_IsRefused()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Query().RunAsync("unknown", null, Cancel));
    }

    private StillHeldQuery Query() => new(registry.Database, TimeProvider.System);

    private static Guid Person(string group, int number) => DemoIds.For(FormattableString.Invariant($"person/{group}/{number}"));

    private static HashSet<Guid> Group(string group, int count) => [.. Enumerable.Range(1, count).Select(i => Person(group, i))];
}
