using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Whereabouts.Application.Accounts;
using Whereabouts.Application.Common;
using Whereabouts.Application.Demo;
using Whereabouts.Application.Persons;
using Whereabouts.Storage;
using Whereabouts.Testing;

namespace Whereabouts.Application.Tests.Demo;

public sealed class DemoGuardTests : IAsyncLifetime
{
    private TestDatabase _db = null!;
    private ServiceProvider _services = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var services = new ServiceCollection();
        services.AddSingleton<ICurrentActor>(new FixedActor("tester"));
        services.AddWhereaboutsRegistry(_db.Location);
        _services = services.BuildServiceProvider();
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Fact]
    public async Task RefuseBesideInventedAsync_DemoRegistryNotAllowed_NamesAllowDemoData()
    {
        await new DemoLoader(_db.Database).LoadAsync(Cancel);
        await using var context = _db.NewContext();

        var refusal = await Assert.ThrowsAsync<ValidationFailedException>(() => DemoGuard.RefuseBesideInventedAsync(context, allowDemoData: false, Cancel));

        Assert.Equal([DemoGuard.AllowField], refusal.Errors.Keys);
    }

    [Fact]
    public async Task RefuseBesideInventedAsync_DemoRegistryAllowedOrEmptyRegistry_Passes()
    {
        await using (var empty = _db.NewContext())
        {
            await DemoGuard.RefuseBesideInventedAsync(empty, allowDemoData: false, Cancel);
        }

        await new DemoLoader(_db.Database).LoadAsync(Cancel);
        await using var context = _db.NewContext();
        await DemoGuard.RefuseBesideInventedAsync(context, allowDemoData: true, Cancel);
    }

    [Fact]
    public async Task RetireDemoAdministratorAsync_SavedWithTheFirstRealPerson_DisablesTheAccountRevokesItsKeysAndEndsItsSessions()
    {
        await new DemoLoader(_db.Database).LoadAsync(Cancel);
        var key = await InScopeAsync(async s =>
        {
            await s.GetRequiredService<AccountService>().ResetDemoAdministratorAsync(Cancel);
            return await s.GetRequiredService<AccountService>().CreateApiKeyAsync(AccountService.DemoAdministrator, Cancel);
        });
        var stamp = await StampAsync();

        await InScopeAsync(s => s.GetRequiredService<PersonCommands>().RegisterAsync(
            new RegisterPersonInput(new NameInput("Aram", "Invented-Firstrealyan"), new DetailsInput(Side: "armenian"), ConfirmedNew: true), Cancel));

        Assert.Null(await InScopeAsync(s => s.GetRequiredService<AccountService>().FindByApiKeyAsync(key, Cancel)));
        Assert.NotEqual(stamp, await StampAsync());
        await using var context = _db.NewContext();
        var user = await context.Users.SingleAsync(u => u.UserName == AccountService.DemoAdministrator, Cancel);
        Assert.True((await context.AccountStates.SingleAsync(s => s.UserId == user.Id, Cancel)).IsDisabled);
        Assert.All(await context.ApiKeys.Where(k => k.UserId == user.Id).ToListAsync(Cancel), k => Assert.NotNull(k.RevokedAt));
    }

    [Fact]
    public async Task RetireIfRealAsync_DemoRegistry_LeavesTheDemoAdministratorAlone()
    {
        await new DemoLoader(_db.Database).LoadAsync(Cancel);
        await InScopeAsync(s => s.GetRequiredService<AccountService>().ResetDemoAdministratorAsync(Cancel));

        var retired = await DemoGuard.RetireIfRealAsync(_db.Database, new NoApiKeyOwnerCache(), TimeProvider.System, Cancel);

        Assert.False(retired);
        await using var context = _db.NewContext();
        Assert.False(await context.AccountStates.AnyAsync(s => s.DisabledAt != null, Cancel));
    }

    [Fact]
    public async Task RetireIfRealAsync_RegistryWithARealPersonAddedBehindTheRules_RetiresOnce()
    {
        await InScopeAsync(s => s.GetRequiredService<AccountService>().ResetDemoAdministratorAsync(Cancel));
        await using (var context = _db.NewContext())
        {
            context.People.Add(new Domain.Person(Guid.Empty, new Domain.PersonName("Aram", "Invented-Legacyan"), null));
            await context.SaveChangesAsync(Cancel);
        }

        Assert.True(await DemoGuard.RetireIfRealAsync(_db.Database, new NoApiKeyOwnerCache(), TimeProvider.System, Cancel));
        Assert.False(await DemoGuard.RetireIfRealAsync(_db.Database, new NoApiKeyOwnerCache(), TimeProvider.System, Cancel));
    }

    private async Task<string?> StampAsync() =>
        await InScopeAsync(async s => (await s.GetRequiredService<UserManager<IdentityUser>>().FindByNameAsync(AccountService.DemoAdministrator))?.SecurityStamp);

    private async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = _services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }
}
