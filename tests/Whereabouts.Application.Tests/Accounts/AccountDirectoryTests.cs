using Microsoft.Extensions.DependencyInjection;
using Whereabouts.Application.Accounts;
using Whereabouts.Application.Common;
using Whereabouts.Storage;
using Whereabouts.Testing;

namespace Whereabouts.Application.Tests.Accounts;

public sealed class AccountDirectoryTests : IAsyncLifetime
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
    public async Task ListAsync_AccountsWithRolesStatesAndKeys_ListsThemByNameWithoutSecrets()
    {
        var expiry = DateTimeOffset.UtcNow.AddDays(30);
        await InScopeAsync(async s =>
        {
            var accounts = s.GetRequiredService<AccountService>();
            await accounts.CreateAsync("zoe", [Roles.Viewer, Roles.Administrator], withApiKey: true, Cancel);
            await accounts.CreateAsync("adam", Roles.Caseworker, withApiKey: false, Cancel);
            await accounts.CreateApiKeyAsync("adam", expiry, Cancel);
            await s.GetRequiredService<AccountAdministration>().DisableAsync("adam", Cancel);
            return 0;
        });

        var list = await InScopeAsync(s => s.GetRequiredService<AccountDirectory>().ListAsync(Cancel));

        Assert.Equal(["adam", "zoe"], list.Select(a => a.UserName));
        Assert.True(list[0].IsDisabled);
        Assert.Equal([Roles.Caseworker], list[0].Roles);
        var key = Assert.Single(list[0].ApiKeys);
        Assert.Equal(AccountTime(expiry), AccountTime(key.ExpiresAt!.Value));
        Assert.True(key.Works);
        Assert.False(list[1].IsDisabled);
        Assert.Equal([Roles.Administrator, Roles.Viewer], list[1].Roles);
        Assert.Null(list[1].LastSignInAt);
    }

    [Fact]
    public async Task FindByNameAsync_OtherCasingAndUnknown_FindsTheAccountOrNull()
    {
        await InScopeAsync(s => s.GetRequiredService<AccountService>().CreateAsync("Lena", Roles.Counsel, withApiKey: false, Cancel));

        var found = await InScopeAsync(s => s.GetRequiredService<AccountDirectory>().FindByNameAsync("LENA", Cancel));
        var missing = await InScopeAsync(s => s.GetRequiredService<AccountDirectory>().FindByNameAsync("nobody", Cancel));

        Assert.Equal("Lena", found?.UserName);
        Assert.Null(missing);
    }

    [Fact]
    public async Task ListAsync_AfterASignIn_ShowsWhen()
    {
        await InScopeAsync(s => s.GetRequiredService<AccountService>().CreateAsync("mia", Roles.Viewer, withApiKey: false, Cancel));
        var id = (await InScopeAsync(s => s.GetRequiredService<AccountDirectory>().FindByNameAsync("mia", Cancel)))!.Id;

        await InScopeAsync(async s => { await s.GetRequiredService<AccountService>().RecordSignInAsync(id, Cancel); return 0; });

        var mia = await InScopeAsync(s => s.GetRequiredService<AccountDirectory>().FindAsync(id, Cancel));
        Assert.NotNull(mia?.LastSignInAt);
    }

    private static long AccountTime(DateTimeOffset time) => time.ToUnixTimeSeconds();

    private async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = _services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }
}
