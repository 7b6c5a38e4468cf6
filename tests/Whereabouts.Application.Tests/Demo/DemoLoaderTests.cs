using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Demo;
using Whereabouts.Domain;
using Whereabouts.Storage;
using Whereabouts.Testing;

namespace Whereabouts.Application.Tests.Demo;

public sealed class DemoLoaderTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

    public ValueTask DisposeAsync() => _db.DisposeAsync();

    [Fact]
    public async Task LoadAsync_EmptyRegistry_AddsTheWholeCatalogue()
    {
        var catalog = DemoCatalog.Build();

        var result = await new DemoLoader(_db.Database).LoadAsync(Cancel);

        Assert.Equal(
            new DemoLoadResult(catalog.Places.Count, catalog.Incidents.Count, catalog.Sources.Count, catalog.Claims.Count, catalog.People.Count, catalog.Exchanges.Count)
            {
                LegalCases = catalog.LegalCases.Count,
                Notifications = catalog.Notifications.Count,
                CaptivityEvents = catalog.CaptivityEvents.Count,
                PlaceControls = catalog.PlaceControls.Count,
            },
            result);
        await using var context = _db.NewContext();
        Assert.Equal(catalog.People.Count, await context.People.CountAsync(Cancel));
        Assert.Equal(catalog.People.Sum(p => p.FateAssertions.Count), await context.FateAssertions.CountAsync(Cancel));
        Assert.Equal(catalog.LegalCases.Count, await context.LegalCases.CountAsync(Cancel));
        Assert.Equal(catalog.Notifications.Count, await context.FamilyNotifications.CountAsync(Cancel));
        Assert.Equal(catalog.CaptivityEvents.Count, await context.CaptivityEvents.CountAsync(Cancel));
        Assert.Equal(catalog.PlaceControls.Count, await context.PlaceControls.CountAsync(Cancel));
    }

    [Fact]
    public async Task LoadAsync_SecondRun_AddsNothingAndChangesNoVersion()
    {
        var loader = new DemoLoader(_db.Database);
        await loader.LoadAsync(Cancel);

        var second = await loader.LoadAsync(Cancel);

        Assert.True(second.AddedNothing);
        await using var context = _db.NewContext();
        Assert.Equal(0, await context.People.MaxAsync(p => p.Version, Cancel));
    }

    [Fact]
    public async Task LoadAsync_PartlyLoadedRegistry_AddsOnlyWhatIsMissing()
    {
        var catalog = DemoCatalog.Build();
        await using (var context = _db.NewContext())
        {
            context.AddRange(catalog.Places);
            await context.SaveChangesAsync(Cancel);
        }

        var result = await new DemoLoader(_db.Database).LoadAsync(Cancel);

        Assert.Equal(0, result.Places);
        Assert.Equal(catalog.People.Count, result.People);
    }

    [Fact]
    public async Task LoadAsync_RegistryWithARealPerson_IsRefusedAndAddsNothing()
    {
        await using (var context = _db.NewContext())
        {
            context.People.Add(new Person(Guid.NewGuid(), new PersonName("Real", "Person")));
            await context.SaveChangesAsync(Cancel);
        }

        var refusal = await Assert.ThrowsAsync<DemoRefusedException>(() => new DemoLoader(_db.Database).LoadAsync(Cancel));

        Assert.Contains("1 real people", refusal.Message, StringComparison.Ordinal);
        await using var check = _db.NewContext();
        Assert.Equal(1, await check.People.CountAsync(Cancel));
        Assert.Equal(0, await check.Sources.CountAsync(Cancel));
    }

    [Fact]
    public async Task LoadIfEmptyAsync_EmptyRegistryWithAnAdministratorMadeFirst_LoadsNothing()
    {
        // How a real registry starts: an administrator of its own, then the app (docs/adr/0023).
        await using (var context = _db.NewContext())
        {
            context.Users.Add(new Microsoft.AspNetCore.Identity.IdentityUser("registrar") { NormalizedUserName = "REGISTRAR" });
            await context.SaveChangesAsync(Cancel);
        }

        var result = await new DemoLoader(_db.Database).LoadIfEmptyAsync(Cancel);

        Assert.Null(result);
        await using var check = _db.NewContext();
        Assert.Equal(0, await check.People.CountAsync(Cancel));
    }

    [Fact]
    public async Task LoadIfEmptyAsync_RegistryWithASource_LoadsNothing()
    {
        await using (var context = _db.NewContext())
        {
            context.Sources.Add(new Source(Guid.NewGuid(), new SourceDetails(SourceKind.NewsArticle, "An article")));
            await context.SaveChangesAsync(Cancel);
        }

        var result = await new DemoLoader(_db.Database).LoadIfEmptyAsync(Cancel);

        Assert.Null(result);
        await using var check = _db.NewContext();
        Assert.Equal(0, await check.People.CountAsync(Cancel));
    }
}
