using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Whereabouts.Application.Accounts;
using Whereabouts.Application.Common;
using Whereabouts.Storage;
using Whereabouts.Storage.Audit;
using Whereabouts.Testing;

namespace Whereabouts.Application.Tests.Accounts;

public sealed class AccountServiceTests : IAsyncLifetime
{
    private const string Actor = "tester";
    private TestDatabase _db = null!;
    private ServiceProvider _services = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var services = new ServiceCollection();
        services.AddSingleton<ICurrentActor>(new FixedActor(Actor));
        services.AddWhereaboutsRegistry(_db.Location);
        _services = services.BuildServiceProvider();
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _db.DisposeAsync();
    }

    public static TheoryData<string> EveryRole() => [.. Roles.All];

    [Theory]
    [MemberData(nameof(EveryRole))]
    public async Task CreateAsync_EachRole_AccountHoldsThatRoleAndThePasswordWorks(string role)
    {
        var created = await InScopeAsync(s => s.GetRequiredService<AccountService>().CreateAsync("alice", role, withApiKey: false, Cancel));

        Assert.Equal(new CreatedAccount("alice", role, created.Password, null), created);
        await InScopeAsync(async s =>
        {
            var users = s.GetRequiredService<UserManager<IdentityUser>>();
            var user = await users.FindByNameAsync("alice");
            Assert.NotNull(user);
            Assert.Equal([role], await users.GetRolesAsync(user));
            Assert.True(await users.CheckPasswordAsync(user, created.Password));
            Assert.False(await users.CheckPasswordAsync(user, created.Password + "x"));
            return 0;
        });
    }

    [Fact]
    public async Task CreateAsync_RoleInAnotherCase_GrantsTheCanonicalRole()
    {
        var created = await InScopeAsync(s => s.GetRequiredService<AccountService>().CreateAsync("bob", " caseWORKER ", withApiKey: false, Cancel));

        Assert.Equal(Roles.Caseworker, created.Role);
    }

    [Fact]
    public async Task CreateAsync_WithApiKey_FindByApiKeyGivesTheAccountAndItsRoles()
    {
        var created = await InScopeAsync(s => s.GetRequiredService<AccountService>().CreateAsync("analyst-1", Roles.Analyst, withApiKey: true, Cancel));

        var owner = await InScopeAsync(s => s.GetRequiredService<AccountService>().FindByApiKeyAsync(created.ApiKey!, Cancel));

        Assert.NotNull(owner);
        Assert.StartsWith(AccountService.ApiKeyPrefix, created.ApiKey, StringComparison.Ordinal);
        Assert.Equal("analyst-1", owner.UserName);
        Assert.Equal([Roles.Analyst], owner.Roles);
    }

    [Fact]
    public async Task CreateApiKeyAsync_SecondKey_BothKeysWork()
    {
        var created = await InScopeAsync(s => s.GetRequiredService<AccountService>().CreateAsync("viewer-1", Roles.Viewer, withApiKey: true, Cancel));

        var second = await InScopeAsync(s => s.GetRequiredService<AccountService>().CreateApiKeyAsync("viewer-1", Cancel));

        Assert.NotEqual(created.ApiKey, second);
        Assert.Equal("viewer-1", (await InScopeAsync(s => s.GetRequiredService<AccountService>().FindByApiKeyAsync(created.ApiKey!, Cancel)))?.UserName);
        Assert.Equal("viewer-1", (await InScopeAsync(s => s.GetRequiredService<AccountService>().FindByApiKeyAsync(second, Cancel)))?.UserName);
    }

    [Theory]
    [InlineData("wbk_nosuchkeynosuchkeynosuchkeynosuchkey00000")]
    [InlineData("not-a-key")]
    [InlineData("")]
    public async Task FindByApiKeyAsync_UnknownKey_ReturnsNull(string key)
    {
        await InScopeAsync(s => s.GetRequiredService<AccountService>().CreateAsync("carol", Roles.Viewer, withApiKey: true, Cancel));

        var owner = await InScopeAsync(s => s.GetRequiredService<AccountService>().FindByApiKeyAsync(key, Cancel));

        Assert.Null(owner);
    }

    [Fact]
    public async Task FindByApiKeyAsync_RevokedKey_ReturnsNull()
    {
        var created = await InScopeAsync(s => s.GetRequiredService<AccountService>().CreateAsync("dave", Roles.Viewer, withApiKey: true, Cancel));
        await using (var context = _db.NewContext())
        {
            (await context.ApiKeys.SingleAsync(Cancel)).Revoke(DateTimeOffset.UtcNow);
            await context.SaveChangesAsync(Cancel);
        }

        Assert.Null(await InScopeAsync(s => s.GetRequiredService<AccountService>().FindByApiKeyAsync(created.ApiKey!, Cancel)));
    }

    [Fact]
    public async Task FindByApiKeyAsync_ExpiredKey_ReturnsNull()
    {
        await InScopeAsync(s => s.GetRequiredService<AccountService>().CreateAsync("olga", Roles.Viewer, withApiKey: false, Cancel));
        const string key = AccountService.ApiKeyPrefix + "invented-expired-key-000000000000000000000";
        await using (var context = _db.NewContext())
        {
            var user = await context.Users.SingleAsync(Cancel);
            var created = DateTimeOffset.UtcNow.AddDays(-10);
            context.ApiKeys.Add(new Storage.Accounts.ApiKey(Guid.NewGuid(), user.Id, key[..12], AccountService.Hash(key), created, created.AddDays(1)));
            await context.SaveChangesAsync(Cancel);
        }

        Assert.Null(await InScopeAsync(s => s.GetRequiredService<AccountService>().FindByApiKeyAsync(key, Cancel)));
    }

    [Fact]
    public async Task FindByApiKeyAsync_KeyWithAFutureExpiry_Works()
    {
        await InScopeAsync(s => s.GetRequiredService<AccountService>().CreateAsync("petra", Roles.Viewer, withApiKey: false, Cancel));

        var key = await InScopeAsync(s => s.GetRequiredService<AccountService>().CreateApiKeyAsync("petra", DateTimeOffset.UtcNow.AddDays(1), Cancel));

        Assert.Equal("petra", (await InScopeAsync(s => s.GetRequiredService<AccountService>().FindByApiKeyAsync(key, Cancel)))?.UserName);
    }

    [Fact]
    public async Task CreateApiKeyAsync_ExpiryInThePast_IsRefusedNamingTheExpiry()
    {
        await InScopeAsync(s => s.GetRequiredService<AccountService>().CreateAsync("quinn", Roles.Viewer, withApiKey: false, Cancel));

        var refusal = await Assert.ThrowsAsync<ValidationFailedException>(
            () => InScopeAsync(s => s.GetRequiredService<AccountService>().CreateApiKeyAsync("quinn", DateTimeOffset.UtcNow.AddMinutes(-1), Cancel)));

        Assert.Equal(["expires"], refusal.Errors.Keys);
        await using var context = _db.NewContext();
        Assert.Equal(0, await context.ApiKeys.CountAsync(Cancel));
    }

    [Fact]
    public async Task FindByApiKeyAsync_SignInLockedOut_KeyStillWorks()
    {
        var created = await InScopeAsync(s => s.GetRequiredService<AccountService>().CreateAsync("rosa", Roles.Analyst, withApiKey: true, Cancel));
        await InScopeAsync(async s =>
        {
            var users = s.GetRequiredService<UserManager<IdentityUser>>();
            await users.SetLockoutEndDateAsync((await users.FindByNameAsync("rosa"))!, DateTimeOffset.UtcNow.AddHours(1));
            return 0;
        });

        var owner = await InScopeAsync(s => s.GetRequiredService<AccountService>().FindByApiKeyAsync(created.ApiKey!, Cancel));

        Assert.Equal("rosa", owner?.UserName);
    }

    [Fact]
    public async Task CreateAsync_SeveralRoles_GrantsEachMostPowerfulFirst()
    {
        var created = await InScopeAsync(s => s.GetRequiredService<AccountService>().CreateAsync("sam", ["viewer", "Counsel"], withApiKey: false, Cancel));

        Assert.Equal("Counsel, Viewer", created.Role);
    }

    [Theory]
    [InlineData("alice")]
    [InlineData("ALICE")]
    public async Task CreateAsync_TakenName_IsRefusedAndTheFirstAccountIsUnchanged(string second)
    {
        var first = await InScopeAsync(s => s.GetRequiredService<AccountService>().CreateAsync("alice", Roles.Viewer, withApiKey: false, Cancel));

        var refusal = await Assert.ThrowsAsync<ValidationFailedException>(
            () => InScopeAsync(s => s.GetRequiredService<AccountService>().CreateAsync(second, Roles.Administrator, withApiKey: true, Cancel)));

        Assert.Contains("already exists", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(["name"], refusal.Errors.Keys);
        await using var context = _db.NewContext();
        Assert.Equal(1, await context.Users.CountAsync(Cancel));
        Assert.Equal(0, await context.ApiKeys.CountAsync(Cancel));
        await InScopeAsync(async s =>
        {
            var users = s.GetRequiredService<UserManager<IdentityUser>>();
            var user = (await users.FindByNameAsync("alice"))!;
            Assert.Equal([Roles.Viewer], await users.GetRolesAsync(user));
            Assert.True(await users.CheckPasswordAsync(user, first.Password));
            return 0;
        });
    }

    [Theory]
    [InlineData("Superuser")]
    [InlineData("")]
    public async Task CreateAsync_UnknownRole_IsRefusedAndCreatesNothing(string role)
    {
        var refusal = await Assert.ThrowsAsync<ValidationFailedException>(
            () => InScopeAsync(s => s.GetRequiredService<AccountService>().CreateAsync("erin", role, withApiKey: true, Cancel)));

        Assert.Equal(["role"], refusal.Errors.Keys);
        Assert.Contains(Roles.Administrator, refusal.Message, StringComparison.Ordinal);
        await using var context = _db.NewContext();
        Assert.Equal(0, await context.Users.CountAsync(Cancel));
        Assert.Equal(0, await context.AuditEntries.CountAsync(Cancel));
    }

    [Theory]
    [InlineData("two words")]
    [InlineData("semi;colon")]
    public async Task CreateAsync_NameIdentityRefuses_IsRefusedAndCreatesNoRolesEither(string name)
    {
        var refusal = await Assert.ThrowsAsync<ValidationFailedException>(
            () => InScopeAsync(s => s.GetRequiredService<AccountService>().CreateAsync(name, Roles.Viewer, withApiKey: true, Cancel)));

        Assert.Equal(["name"], refusal.Errors.Keys);
        await using var context = _db.NewContext();
        Assert.Equal(0, await context.Users.CountAsync(Cancel));
        Assert.Equal(0, await context.Roles.CountAsync(Cancel));
        Assert.Equal(0, await context.AuditEntries.CountAsync(Cancel));
    }

    [Fact]
    public async Task ResetDemoAdministratorAsync_NoAdministratorYet_CreatesOneWithTheNewPassword()
    {
        var password = await InScopeAsync(s => s.GetRequiredService<AccountService>().ResetDemoAdministratorAsync(Cancel));

        await InScopeAsync(async s =>
        {
            var users = s.GetRequiredService<UserManager<IdentityUser>>();
            var admin = await users.FindByNameAsync(AccountService.DemoAdministrator);
            Assert.NotNull(admin);
            Assert.True(await users.IsInRoleAsync(admin, Roles.Administrator));
            Assert.True(await users.CheckPasswordAsync(admin, password));
            return 0;
        });
    }

    [Fact]
    public async Task ResetDemoAdministratorAsync_LockedOutAdministrator_NewPasswordWorksOldDoesNotAndTheLockIsLifted()
    {
        var old = await InScopeAsync(s => s.GetRequiredService<AccountService>().ResetDemoAdministratorAsync(Cancel));
        await InScopeAsync(async s =>
        {
            var users = s.GetRequiredService<UserManager<IdentityUser>>();
            var admin = (await users.FindByNameAsync(AccountService.DemoAdministrator))!;
            await users.SetLockoutEndDateAsync(admin, DateTimeOffset.UtcNow.AddHours(1));
            return 0;
        });

        var password = await InScopeAsync(s => s.GetRequiredService<AccountService>().ResetDemoAdministratorAsync(Cancel));

        Assert.NotEqual(old, password);
        await InScopeAsync(async s =>
        {
            var users = s.GetRequiredService<UserManager<IdentityUser>>();
            var admin = (await users.FindByNameAsync(AccountService.DemoAdministrator))!;
            Assert.True(await users.CheckPasswordAsync(admin, password));
            Assert.False(await users.CheckPasswordAsync(admin, old));
            Assert.False(await users.IsLockedOutAsync(admin));
            return 0;
        });
        await using var context = _db.NewContext();
        Assert.Equal(1, await context.Users.CountAsync(Cancel));
    }

    [Fact]
    public async Task CreateAsync_Always_AuditLogRecordsTheAccountByTheActorWithoutSecrets()
    {
        var created = await InScopeAsync(s => s.GetRequiredService<AccountService>().CreateAsync("frank", Roles.Counsel, withApiKey: true, Cancel));

        await using var context = _db.NewContext();
        var user = await context.Users.SingleAsync(Cancel);
        var keyHash = (await context.ApiKeys.SingleAsync(Cancel)).Hash;
        var entries = await context.AuditEntries.OrderBy(e => e.Sequence).ToListAsync(Cancel);
        var account = Assert.Single(entries, e => e.EntityType == "Account");
        Assert.Equal(Actor, account.Actor);
        Assert.Equal(user.Id, account.EntityId);
        Assert.Contains("frank", account.Changes, StringComparison.Ordinal);
        Assert.Single(entries, e => e.EntityType == "AccountRole" && e.SubjectId == user.Id);
        Assert.Single(entries, e => e.EntityType == "ApiKey" && e.SubjectId == user.Id);
        Assert.All(entries, e => Assert.Equal(Actor, e.Actor));
        foreach (var secret in new[] { created.Password, created.ApiKey!, user.PasswordHash!, user.SecurityStamp!, keyHash })
        {
            Assert.All(entries, e => Assert.DoesNotContain(secret, e.Changes, StringComparison.Ordinal));
        }

        Assert.True((await AuditVerifier.VerifyAsync(context, Cancel)).IsIntact);
    }

    /// <summary>Runs <paramref name="work"/> in its own scope, as one web request or one CLI run would.</summary>
    private async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = _services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }
}
