using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Whereabouts.Application.Accounts;
using Whereabouts.Application.Common;
using Whereabouts.Storage;
using Whereabouts.Testing;

namespace Whereabouts.Application.Tests.Accounts;

public sealed class OwnAccountTests : IAsyncLifetime
{
    private TestDatabase _db = null!;
    private ServiceProvider _services = null!;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var services = new ServiceCollection();
        services.AddSingleton<ICurrentActor>(new FixedActor("kim"));
        services.AddWhereaboutsRegistry(_db.Location);
        _services = services.BuildServiceProvider();
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _db.DisposeAsync();
    }

    [Fact]
    public async Task ChangePasswordAsync_RightCurrentPassword_NewOneWorksOldDoesNot()
    {
        var (id, password) = await CreateAsync();

        await InScopeAsync(async s => { await s.GetRequiredService<OwnAccount>().ChangePasswordAsync(id, password, "Invented-Pass-2026"); return 0; });

        await InScopeAsync(async s =>
        {
            var users = s.GetRequiredService<UserManager<IdentityUser>>();
            var user = (await users.FindByIdAsync(id))!;
            Assert.True(await users.CheckPasswordAsync(user, "Invented-Pass-2026"));
            Assert.False(await users.CheckPasswordAsync(user, password));
            return 0;
        });
    }

    [Fact]
    public async Task ChangePasswordAsync_WrongCurrentAndShortNew_NamesEachField()
    {
        var (id, _) = await CreateAsync();

        var wrong = await Assert.ThrowsAsync<ValidationFailedException>(
            () => InScopeAsync(async s => { await s.GetRequiredService<OwnAccount>().ChangePasswordAsync(id, "not-it", "Invented-Pass-2026"); return 0; }));
        var weak = await Assert.ThrowsAsync<ValidationFailedException>(
            () => InScopeAsync(async s => { await s.GetRequiredService<OwnAccount>().ChangePasswordAsync(id, (await ResetAsync(s, id)), "short"); return 0; }));

        Assert.Equal(["currentPassword"], wrong.Errors.Keys);
        Assert.Equal(["newPassword"], weak.Errors.Keys);
        Assert.Contains("12", weak.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnableTwoFactorAsync_CodeFromTheSharedKey_TurnsItOnWithTenRecoveryCodesThatWorkOnce()
    {
        var (id, _) = await CreateAsync();
        var setup = await InScopeAsync(s => s.GetRequiredService<OwnAccount>().TwoFactorSetupAsync(id));

        var codes = await InScopeAsync(s => s.GetRequiredService<OwnAccount>().EnableTwoFactorAsync(id, Totp.Code(setup.SharedKey, DateTimeOffset.UtcNow)));

        Assert.Equal(OwnAccount.RecoveryCodeCount, codes.Count);
        Assert.StartsWith("otpauth://totp/Whereabouts:kim-own?secret=", setup.AuthenticatorUri, StringComparison.Ordinal);
        Assert.True(await InScopeAsync(s => s.GetRequiredService<OwnAccount>().IsTwoFactorEnabledAsync(id)));
        await InScopeAsync(async s =>
        {
            var users = s.GetRequiredService<UserManager<IdentityUser>>();
            var user = (await users.FindByIdAsync(id))!;
            Assert.True((await users.RedeemTwoFactorRecoveryCodeAsync(user, codes[0])).Succeeded);
            Assert.False((await users.RedeemTwoFactorRecoveryCodeAsync(user, codes[0])).Succeeded);
            return 0;
        });
        Assert.Equal(9, await InScopeAsync(s => s.GetRequiredService<OwnAccount>().RecoveryCodesLeftAsync(id)));
    }

    [Fact]
    public async Task EnableTwoFactorAsync_WrongCode_IsRefusedNamingTheCodeAndStaysOff()
    {
        var (id, _) = await CreateAsync();
        await InScopeAsync(s => s.GetRequiredService<OwnAccount>().TwoFactorSetupAsync(id));

        var refusal = await Assert.ThrowsAsync<ValidationFailedException>(
            () => InScopeAsync(s => s.GetRequiredService<OwnAccount>().EnableTwoFactorAsync(id, "000000")));

        Assert.Equal(["code"], refusal.Errors.Keys);
        Assert.False(await InScopeAsync(s => s.GetRequiredService<OwnAccount>().IsTwoFactorEnabledAsync(id)));
    }

    [Fact]
    public async Task DisableTwoFactorAsync_AfterEnabling_TurnsItOffAndTheNextSetupHasANewKey()
    {
        var (id, _) = await CreateAsync();
        var first = await InScopeAsync(s => s.GetRequiredService<OwnAccount>().TwoFactorSetupAsync(id));
        await InScopeAsync(s => s.GetRequiredService<OwnAccount>().EnableTwoFactorAsync(id, Totp.Code(first.SharedKey, DateTimeOffset.UtcNow)));

        await InScopeAsync(async s => { await s.GetRequiredService<OwnAccount>().DisableTwoFactorAsync(id); return 0; });

        var second = await InScopeAsync(s => s.GetRequiredService<OwnAccount>().TwoFactorSetupAsync(id));
        Assert.False(await InScopeAsync(s => s.GetRequiredService<OwnAccount>().IsTwoFactorEnabledAsync(id)));
        Assert.NotEqual(first.SharedKey, second.SharedKey);
    }

    [Fact]
    public async Task EnableAndRegenerate_Always_KeepTheKeyAndCodesOutOfTheAuditLog()
    {
        var (id, _) = await CreateAsync();
        var setup = await InScopeAsync(s => s.GetRequiredService<OwnAccount>().TwoFactorSetupAsync(id));
        var codes = await InScopeAsync(s => s.GetRequiredService<OwnAccount>().EnableTwoFactorAsync(id, Totp.Code(setup.SharedKey, DateTimeOffset.UtcNow)));
        var renewed = await InScopeAsync(s => s.GetRequiredService<OwnAccount>().RegenerateRecoveryCodesAsync(id));

        await using var context = _db.NewContext();
        var entries = await context.AuditEntries.Where(e => e.SubjectId == id).ToListAsync(Cancel);
        Assert.Contains(entries, e => e.EntityType == "AccountToken");
        Assert.Contains(entries, e => e.EntityType == "Account" && e.Changes.Contains("TwoFactorEnabled", StringComparison.Ordinal));
        var key = setup.SharedKey.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        foreach (var secret in codes.Concat(renewed).Append(key))
        {
            Assert.All(entries, e => Assert.DoesNotContain(secret, e.Changes, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public async Task RegenerateRecoveryCodesAsync_TwoFactorOff_IsRefused()
    {
        var (id, _) = await CreateAsync();

        var refusal = await Assert.ThrowsAsync<ValidationFailedException>(
            () => InScopeAsync(s => s.GetRequiredService<OwnAccount>().RegenerateRecoveryCodesAsync(id)));

        Assert.Equal(["code"], refusal.Errors.Keys);
    }

    private async Task<(string Id, string Password)> CreateAsync()
    {
        var created = await InScopeAsync(s => s.GetRequiredService<AccountService>().CreateAsync("kim-own", Roles.Viewer, withApiKey: false, Cancel));
        var id = await InScopeAsync(async s => (await s.GetRequiredService<UserManager<IdentityUser>>().FindByNameAsync("kim-own"))!.Id);
        return (id, created.Password);
    }

    private static async Task<string> ResetAsync(IServiceProvider services, string id)
    {
        var name = (await services.GetRequiredService<UserManager<IdentityUser>>().FindByIdAsync(id))!.UserName!;
        return await services.GetRequiredService<AccountAdministration>().ResetPasswordAsync(name, Cancel);
    }

    private async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = _services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }
}
