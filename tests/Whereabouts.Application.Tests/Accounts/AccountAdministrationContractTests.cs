using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Whereabouts.Application.Accounts;
using Whereabouts.Application.Common;
using Whereabouts.Storage;
using Whereabouts.Storage.Audit;
using Whereabouts.Testing;

namespace Whereabouts.Application.Tests.Accounts;

/// <summary>What an administrator does to accounts, on each database (see the Sqlite and Postgres subclasses).</summary>
public abstract class AccountAdministrationContractTests(DatabaseProvider provider) : IAsyncLifetime
{
    private const string Actor = "admin-tester";
    private readonly ForgottenKeys _forgotten = new();
    private TestDatabase _db = null!;
    private ServiceProvider _services = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(provider);
        var services = new ServiceCollection();
        services.AddSingleton<ICurrentActor>(new FixedActor(Actor));
        services.AddSingleton<IApiKeyOwnerCache>(_forgotten);
        services.AddWhereaboutsRegistry(_db.Location);
        _services = services.BuildServiceProvider();
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _db.DisposeAsync();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task ResetPasswordAsync_LockedOutAccount_NewPasswordWorksOldDoesNotAndTheLockIsLifted()
    {
        var created = await CreateAsync("alice", Roles.Caseworker);
        await InScopeAsync(async s =>
        {
            var users = s.GetRequiredService<UserManager<IdentityUser>>();
            await users.SetLockoutEndDateAsync((await users.FindByNameAsync("alice"))!, DateTimeOffset.UtcNow.AddHours(1));
            return 0;
        });

        var password = await InScopeAsync(s => s.GetRequiredService<AccountAdministration>().ResetPasswordAsync("alice", Cancel));

        Assert.NotEqual(created.Password, password);
        await InScopeAsync(async s =>
        {
            var users = s.GetRequiredService<UserManager<IdentityUser>>();
            var user = (await users.FindByNameAsync("alice"))!;
            Assert.True(await users.CheckPasswordAsync(user, password));
            Assert.False(await users.CheckPasswordAsync(user, created.Password));
            Assert.False(await users.IsLockedOutAsync(user));
            return 0;
        });
    }

    [Fact]
    public async Task DisableAsync_AccountWithAKey_KeyStopsSignInIsRefusedAndTheCacheForgetsTheKey()
    {
        await CreateAsync("admin", Roles.Administrator);
        var created = await CreateAsync("bob", Roles.Viewer, withApiKey: true);

        await InScopeAsync(async s => { await s.GetRequiredService<AccountAdministration>().DisableAsync("bob", Cancel); return 0; });

        Assert.Null(await InScopeAsync(s => s.GetRequiredService<AccountService>().FindByApiKeyAsync(created.ApiKey!, Cancel)));
        Assert.Contains(AccountService.Hash(created.ApiKey!), _forgotten.Hashes);
        await InScopeAsync(async s =>
        {
            var users = s.GetRequiredService<UserManager<IdentityUser>>();
            var confirmation = s.GetRequiredService<IUserConfirmation<IdentityUser>>();
            Assert.False(await confirmation.IsConfirmedAsync(users, (await users.FindByNameAsync("bob"))!));
            return 0;
        });
        var account = await InScopeAsync(s => s.GetRequiredService<AccountDirectory>().FindByNameAsync("bob", Cancel));
        Assert.True(account!.IsDisabled);
    }

    [Fact]
    public async Task EnableAsync_DisabledAccount_KeyWorksAgain()
    {
        await CreateAsync("admin", Roles.Administrator);
        var created = await CreateAsync("carol", Roles.Analyst, withApiKey: true);
        await InScopeAsync(async s => { await s.GetRequiredService<AccountAdministration>().DisableAsync("carol", Cancel); return 0; });

        await InScopeAsync(async s => { await s.GetRequiredService<AccountAdministration>().EnableAsync("carol", Cancel); return 0; });

        var owner = await InScopeAsync(s => s.GetRequiredService<AccountService>().FindByApiKeyAsync(created.ApiKey!, Cancel));
        Assert.Equal("carol", owner?.UserName);
    }

    [Fact]
    public async Task EnableAsync_EnabledAccount_IsRefusedNamingTheAccount()
    {
        await CreateAsync("dave", Roles.Viewer);

        var refusal = await Assert.ThrowsAsync<ValidationFailedException>(
            () => InScopeAsync(async s => { await s.GetRequiredService<AccountAdministration>().EnableAsync("dave", Cancel); return 0; }));

        Assert.Equal(["name"], refusal.Errors.Keys);
        Assert.Contains("'dave' is not disabled", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DisableAsync_TheOnlyEnabledAdministrator_IsRefusedAndSaysWhy()
    {
        await CreateAsync("root", Roles.Administrator);
        await CreateAsync("other", Roles.Administrator);
        await InScopeAsync(async s => { await s.GetRequiredService<AccountAdministration>().DisableAsync("other", Cancel); return 0; });

        var refusal = await Assert.ThrowsAsync<ValidationFailedException>(
            () => InScopeAsync(async s => { await s.GetRequiredService<AccountAdministration>().DisableAsync("root", Cancel); return 0; }));

        Assert.Contains("only enabled Administrator", refusal.Message, StringComparison.Ordinal);
        var root = await InScopeAsync(s => s.GetRequiredService<AccountDirectory>().FindByNameAsync("root", Cancel));
        Assert.False(root!.IsDisabled);
    }

    [Fact]
    public async Task RemoveRoleAsync_AdministratorFromTheOnlyAdministrator_IsRefusedAndTheRoleKept()
    {
        await CreateAsync("root", Roles.Administrator);

        var refusal = await Assert.ThrowsAsync<ValidationFailedException>(
            () => InScopeAsync(async s => { await s.GetRequiredService<AccountAdministration>().RemoveRoleAsync("root", "administrator", Cancel); return 0; }));

        Assert.Equal(["role"], refusal.Errors.Keys);
        Assert.Contains("nobody who can manage accounts", refusal.Message, StringComparison.Ordinal);
        var root = await InScopeAsync(s => s.GetRequiredService<AccountDirectory>().FindByNameAsync("root", Cancel));
        Assert.Equal([Roles.Administrator], root!.Roles);
    }

    [Fact]
    public async Task AddRoleAndRemoveRole_SecondAdministrator_FirstCanThenLoseTheRole()
    {
        await CreateAsync("root", Roles.Administrator);
        var created = await CreateAsync("erin", Roles.Caseworker, withApiKey: true);

        await InScopeAsync(async s => { await s.GetRequiredService<AccountAdministration>().AddRoleAsync("erin", Roles.Administrator, Cancel); return 0; });
        await InScopeAsync(async s => { await s.GetRequiredService<AccountAdministration>().RemoveRoleAsync("root", Roles.Administrator, Cancel); return 0; });

        var erin = await InScopeAsync(s => s.GetRequiredService<AccountService>().FindByApiKeyAsync(created.ApiKey!, Cancel));
        Assert.Equal([Roles.Administrator, Roles.Caseworker], erin!.Roles.Order(StringComparer.Ordinal));
        var root = await InScopeAsync(s => s.GetRequiredService<AccountDirectory>().FindByNameAsync("root", Cancel));
        Assert.Empty(root!.Roles);
        Assert.Contains(AccountService.Hash(created.ApiKey!), _forgotten.Hashes);
    }

    [Theory]
    [InlineData("Superuser", "unknown role")]
    [InlineData("Viewer", "already holds")]
    public async Task AddRoleAsync_UnknownOrHeldRole_IsRefusedNamingTheRoleField(string role, string expected)
    {
        await CreateAsync("frank", Roles.Viewer);

        var refusal = await Assert.ThrowsAsync<ValidationFailedException>(
            () => InScopeAsync(async s => { await s.GetRequiredService<AccountAdministration>().AddRoleAsync("frank", role, Cancel); return 0; }));

        Assert.Equal(["role"], refusal.Errors.Keys);
        Assert.Contains(expected, refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RevokeApiKeyAsync_ByPrefix_KeyStopsTheOtherKeepsWorkingAndTheCacheForgetsIt()
    {
        var created = await CreateAsync("grace", Roles.Counsel, withApiKey: true);
        var second = await InScopeAsync(s => s.GetRequiredService<AccountService>().CreateApiKeyAsync("grace", Cancel));

        var revoked = await InScopeAsync(s => s.GetRequiredService<AccountAdministration>().RevokeApiKeyAsync(created.ApiKey![..12], Cancel));

        Assert.Equal(created.ApiKey![..12], revoked.Prefix);
        Assert.NotNull(revoked.RevokedAt);
        Assert.Null(await InScopeAsync(s => s.GetRequiredService<AccountService>().FindByApiKeyAsync(created.ApiKey!, Cancel)));
        Assert.NotNull(await InScopeAsync(s => s.GetRequiredService<AccountService>().FindByApiKeyAsync(second, Cancel)));
        Assert.Equal([AccountService.Hash(created.ApiKey!)], _forgotten.Hashes);
    }

    [Fact]
    public async Task RevokeApiKeyAsync_ByIdTwice_SecondTimeSaysItWasAlreadyRevoked()
    {
        var created = await CreateAsync("heidi", Roles.Viewer, withApiKey: true);
        var id = (await InScopeAsync(s => s.GetRequiredService<AccountDirectory>().FindByNameAsync("heidi", Cancel)))!.ApiKeys.Single().Id;
        await InScopeAsync(s => s.GetRequiredService<AccountAdministration>().RevokeApiKeyAsync(id.ToString(), Cancel));

        var refusal = await Assert.ThrowsAsync<ValidationFailedException>(
            () => InScopeAsync(s => s.GetRequiredService<AccountAdministration>().RevokeApiKeyAsync(id.ToString(), Cancel)));

        Assert.Equal(["key"], refusal.Errors.Keys);
        Assert.Contains("already revoked", refusal.Message, StringComparison.Ordinal);
        Assert.Null(await InScopeAsync(s => s.GetRequiredService<AccountService>().FindByApiKeyAsync(created.ApiKey!, Cancel)));
    }

    [Theory]
    [InlineData("wbk_")]
    [InlineData("nonsense")]
    [InlineData("wbk_zzzzzzzz")]
    public async Task RevokeApiKeyAsync_TooShortOrUnknown_IsRefusedAndRevokesNothing(string text)
    {
        var created = await CreateAsync("ivan", Roles.Viewer, withApiKey: true);

        var refusal = await Assert.ThrowsAsync<ValidationFailedException>(
            () => InScopeAsync(s => s.GetRequiredService<AccountAdministration>().RevokeApiKeyAsync(text, Cancel)));

        Assert.Equal(["key"], refusal.Errors.Keys);
        Assert.NotNull(await InScopeAsync(s => s.GetRequiredService<AccountService>().FindByApiKeyAsync(created.ApiKey!, Cancel)));
    }

    [Fact]
    public async Task EveryAct_IsInTheAuditLogAsTheActorAndTheChainHolds()
    {
        await CreateAsync("root", Roles.Administrator);
        var created = await CreateAsync("judy", Roles.Viewer, withApiKey: true);
        await InScopeAsync(async s =>
        {
            var administration = s.GetRequiredService<AccountAdministration>();
            await administration.ResetPasswordAsync("judy", Cancel);
            await administration.AddRoleAsync("judy", Roles.Analyst, Cancel);
            await administration.RemoveRoleAsync("judy", Roles.Viewer, Cancel);
            await administration.DisableAsync("judy", Cancel);
            await administration.RevokeApiKeyAsync(created.ApiKey![..12], Cancel);
            return 0;
        });

        await using var context = _db.NewContext();
        var judy = await context.Users.SingleAsync(u => u.UserName == "judy", Cancel);
        var entries = await context.AuditEntries.Where(e => e.SubjectId == judy.Id).OrderBy(e => e.Sequence).ToListAsync(Cancel);
        Assert.All(entries, e => Assert.Equal(Actor, e.Actor));
        Assert.Contains(entries, e => e.EntityType == "Account" && e.Changes.Contains("PasswordHash", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.EntityType == "AccountRole" && e.Action == "Deleted");
        Assert.Contains(entries, e => e.EntityType == "AccountState" && e.Changes.Contains("DisabledAt", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.EntityType == "ApiKey" && e.Action == "Modified" && e.Changes.Contains("RevokedAt", StringComparison.Ordinal));
        Assert.True((await AuditVerifier.VerifyAsync(context, Cancel)).IsIntact);
    }

    private Task<CreatedAccount> CreateAsync(string name, string role, bool withApiKey = false) =>
        InScopeAsync(s => s.GetRequiredService<AccountService>().CreateAsync(name, role, withApiKey, Cancel));

    private async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = _services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    /// <summary>Records which keys the service told the host to forget.</summary>
    private sealed class ForgottenKeys : IApiKeyOwnerCache
    {
        public List<string> Hashes { get; } = [];

        public void Forget(IEnumerable<string> keyHashes) => Hashes.AddRange(keyHashes);
    }
}
