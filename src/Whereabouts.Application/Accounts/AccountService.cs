using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Common;
using Whereabouts.Storage;
using Whereabouts.Storage.Accounts;

namespace Whereabouts.Application.Accounts;

/// <summary>
/// Creates accounts and API keys and finds the account behind a key. Passwords and keys are
/// generated here, returned once, and stored only as hashes.
/// </summary>
public sealed class AccountService(
    UserManager<IdentityUser> users,
    RoleManager<IdentityRole> roles,
    WhereaboutsDbContext context,
    TimeProvider clock)
{
    /// <summary>The login of the demo administrator, who exists only in a demo registry.</summary>
    public const string DemoAdministrator = "demo-admin";

    /// <summary>Every key starts with this, so a leaked key is recognisable in a scan.</summary>
    public const string ApiKeyPrefix = "wbk_";

    private const string PasswordLetters = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    /// <summary>Creates an account with one role and a generated password, and optionally an API key.</summary>
    /// <exception cref="ValidationFailedException">The name is taken or invalid, or the role is unknown.</exception>
    public async Task<CreatedAccount> CreateAsync(string userName, string role, bool withApiKey, CancellationToken cancellationToken = default)
    {
        var canonicalRole = Roles.Find(role)
            ?? throw new ValidationFailedException("role", $"unknown role '{role}'; choose one of {string.Join(", ", Roles.All)}");
        userName = userName?.Trim() ?? string.Empty;
        if (userName.Length == 0)
        {
            throw new ValidationFailedException("name", "an account needs a name");
        }

        if (await users.FindByNameAsync(userName).ConfigureAwait(false) is not null)
        {
            throw new ValidationFailedException("name", $"an account named '{userName}' already exists");
        }

        var password = GeneratePassword();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);

        // Inside the transaction, so that an account Identity refuses (an invalid name) leaves no roles behind either.
        await EnsureRolesAsync().ConfigureAwait(false);
        var user = new IdentityUser(userName);
        Check(await users.CreateAsync(user, password).ConfigureAwait(false), "name");
        Check(await users.AddToRoleAsync(user, canonicalRole).ConfigureAwait(false), "role");
        var key = withApiKey ? await AddApiKeyAsync(user, cancellationToken).ConfigureAwait(false) : null;
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new CreatedAccount(userName, canonicalRole, password, key);
    }

    /// <summary>Issues a further API key for an existing account.</summary>
    public async Task<string> CreateApiKeyAsync(string userName, CancellationToken cancellationToken = default)
    {
        var user = await users.FindByNameAsync(userName).ConfigureAwait(false)
            ?? throw new ValidationFailedException("name", $"no account is named '{userName}'");
        return await AddApiKeyAsync(user, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Gives the demo administrator a new generated password (creating the account if needed) and
    /// returns it. Call only for a registry that holds demo data alone.
    /// </summary>
    public async Task<string> ResetDemoAdministratorAsync(CancellationToken cancellationToken = default)
    {
        var user = await users.FindByNameAsync(DemoAdministrator).ConfigureAwait(false);
        if (user is null)
        {
            return (await CreateAsync(DemoAdministrator, Roles.Administrator, withApiKey: false, cancellationToken).ConfigureAwait(false)).Password;
        }

        var password = GeneratePassword();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        Check(await users.RemovePasswordAsync(user).ConfigureAwait(false), "password");
        Check(await users.AddPasswordAsync(user, password).ConfigureAwait(false), "password");
        Check(await users.SetLockoutEndDateAsync(user, null).ConfigureAwait(false), "password");
        Check(await users.ResetAccessFailedCountAsync(user).ConfigureAwait(false), "password");
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return password;
    }

    /// <summary>The account a presented API key acts as, or null for an unknown or revoked key or a locked account.</summary>
    public async Task<ApiKeyOwner?> FindByApiKeyAsync(string presentedKey, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(presentedKey) || !presentedKey.StartsWith(ApiKeyPrefix, StringComparison.Ordinal) || presentedKey.Length > 200)
        {
            return null;
        }

        var hash = Hash(presentedKey);
        var key = await context.ApiKeys.AsNoTracking()
            .FirstOrDefaultAsync(k => k.Hash == hash && k.RevokedAt == null, cancellationToken).ConfigureAwait(false);
        if (key is null)
        {
            return null;
        }

        var user = await users.FindByIdAsync(key.UserId).ConfigureAwait(false);
        if (user is null || await users.IsLockedOutAsync(user).ConfigureAwait(false))
        {
            return null;
        }

        var held = await users.GetRolesAsync(user).ConfigureAwait(false);
        return new ApiKeyOwner(user.Id, user.UserName ?? string.Empty, [.. held]);
    }

    /// <summary>Creates every role that does not exist yet.</summary>
    public async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role).ConfigureAwait(false))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)).ConfigureAwait(false), "role");
            }
        }
    }

    private async Task<string> AddApiKeyAsync(IdentityUser user, CancellationToken cancellationToken)
    {
        var key = ApiKeyPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
            .Replace('+', '-').Replace('/', '_').TrimEnd('=');
        context.ApiKeys.Add(new ApiKey(Guid.NewGuid(), user.Id, key[..12], Hash(key), clock.GetUtcNow()));
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return key;
    }

    private static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>Four groups of five letters and digits joined by hyphens: about 115 bits, and easy to read aloud.</summary>
    private static string GeneratePassword()
    {
        while (true)
        {
            var groups = Enumerable.Range(0, 4).Select(_ => RandomNumberGenerator.GetString(PasswordLetters, 5));
            var password = string.Join('-', groups);
            if (password.Any(char.IsUpper) && password.Any(char.IsLower) && password.Any(char.IsDigit))
            {
                return password;
            }
        }
    }

    private static void Check(IdentityResult result, string field)
    {
        if (!result.Succeeded)
        {
            throw new ValidationFailedException(field, string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
