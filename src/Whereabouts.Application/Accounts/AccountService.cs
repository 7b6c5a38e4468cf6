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
/// <remarks>
/// A key opens the API while it is neither revoked nor expired and its account is not disabled.
/// A sign-in lockout after failed passwords does not stop the account's keys: it guards the form,
/// and a script should not fail because someone mistyped a password in a browser.
/// </remarks>
public sealed class AccountService(
    UserManager<IdentityUser> users,
    RoleManager<IdentityRole> roles,
    WhereaboutsDbContext context,
    TimeProvider clock,
    IApiKeyOwnerCache owners,
    ICurrentActor actor)
{
    /// <summary>The login of the demo administrator, who exists only in a demo registry.</summary>
    public const string DemoAdministrator = "demo-admin";

    /// <summary>Every key starts with this, so a leaked key is recognisable in a scan.</summary>
    public const string ApiKeyPrefix = "wbk_";

    private const string PasswordLetters = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    /// <summary>Creates an account with one role and a generated password, and optionally an API key.</summary>
    /// <exception cref="ValidationFailedException">The name is taken or invalid, or the role is unknown.</exception>
    public Task<CreatedAccount> CreateAsync(string userName, string role, bool withApiKey, CancellationToken cancellationToken = default) =>
        CreateAsync(userName, [role], withApiKey, cancellationToken);

    /// <summary>Creates an account with one or more roles and a generated password, and optionally an API key.</summary>
    /// <exception cref="ValidationFailedException">The name is taken or invalid, no role is given, or a role is unknown.</exception>
    public async Task<CreatedAccount> CreateAsync(string userName, IReadOnlyCollection<string> roleNames, bool withApiKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(roleNames);
        if (roleNames.Count == 0)
        {
            throw new ValidationFailedException("role", $"choose at least one role: {string.Join(", ", Roles.All)}");
        }

        var canonicalRoles = new List<string>();
        foreach (var role in roleNames)
        {
            canonicalRoles.Add(Roles.Find(role)
                ?? throw new ValidationFailedException("role", $"unknown role '{role}'; choose one of {string.Join(", ", Roles.All)}"));
        }

        canonicalRoles = [.. Roles.All.Where(canonicalRoles.Contains)];
        AttributeChanges();
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
        Check(await users.AddToRolesAsync(user, canonicalRoles).ConfigureAwait(false), "role");
        var key = withApiKey ? await AddApiKeyAsync(user, null, cancellationToken).ConfigureAwait(false) : null;
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new CreatedAccount(userName, string.Join(", ", canonicalRoles), password, key);
    }

    /// <summary>Issues a further API key for an existing account; it works until revoked.</summary>
    public Task<string> CreateApiKeyAsync(string userName, CancellationToken cancellationToken = default) =>
        CreateApiKeyAsync(userName, null, cancellationToken);

    /// <summary>Issues a further API key for an existing account, working until <paramref name="expiresAt"/> if given.</summary>
    /// <exception cref="ValidationFailedException">No such account, or the expiry is not in the future.</exception>
    public async Task<string> CreateApiKeyAsync(string userName, DateTimeOffset? expiresAt, CancellationToken cancellationToken = default)
    {
        var user = await users.FindByNameAsync(userName?.Trim() ?? string.Empty).ConfigureAwait(false)
            ?? throw new ValidationFailedException("name", $"no account is named '{userName}'");
        if (expiresAt is { } end && end <= clock.GetUtcNow())
        {
            throw new ValidationFailedException("expires", "the expiry must be in the future");
        }

        AttributeChanges();
        return await AddApiKeyAsync(user, expiresAt, cancellationToken).ConfigureAwait(false);
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

    /// <summary>The account a presented API key acts as, or null for an unknown, revoked or expired key or a disabled account.</summary>
    public async Task<ApiKeyOwner?> FindByApiKeyAsync(string presentedKey, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(presentedKey) || !presentedKey.StartsWith(ApiKeyPrefix, StringComparison.Ordinal) || presentedKey.Length > 200)
        {
            return null;
        }

        var hash = Hash(presentedKey);

        // Expiry is compared here, not in SQL: SQLite keeps times as text that does not order across offsets.
        var key = await context.ApiKeys.AsNoTracking()
            .FirstOrDefaultAsync(k => k.Hash == hash && k.RevokedAt == null, cancellationToken).ConfigureAwait(false);
        if (key is null || !key.WorksAt(clock.GetUtcNow()))
        {
            return null;
        }

        var user = await users.FindByIdAsync(key.UserId).ConfigureAwait(false);
        var disabled = await context.AccountStates.AsNoTracking()
            .AnyAsync(s => s.UserId == key.UserId && s.DisabledAt != null, cancellationToken).ConfigureAwait(false);
        if (user is null || disabled)
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

    /// <summary>Records a successful sign-in of the account, attributed to the account itself.</summary>
    public async Task RecordSignInAsync(string userId, CancellationToken cancellationToken = default)
    {
        var state = await context.AccountStates.FirstOrDefaultAsync(s => s.UserId == userId, cancellationToken).ConfigureAwait(false);
        if (state is null)
        {
            state = new AccountState(userId);
            context.AccountStates.Add(state);
        }

        state.SignedIn(clock.GetUtcNow());
        var user = await users.FindByIdAsync(userId).ConfigureAwait(false);

        // The request that signs in was anonymous when it began; the account is who signed in.
        var actor = context.Actor;
        context.Actor = user?.UserName ?? actor;
        try
        {
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            context.Actor = actor;
        }
    }

    /// <summary>
    /// Attributes what this request saves through the shared context (Identity's too) to the
    /// current actor. The context is made when first needed, which in a web request can be before
    /// sign-in is known (the authentication handlers need it), so its actor is set again here.
    /// </summary>
    internal void AttributeChanges() => context.Actor = actor.Name;

    /// <summary>Forgets every cached owner of the account's keys, after a change to the account.</summary>
    internal async Task ForgetKeysOfAsync(string userId, CancellationToken cancellationToken)
    {
        var hashes = await context.ApiKeys.AsNoTracking().Where(k => k.UserId == userId).Select(k => k.Hash)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        owners.Forget(hashes);
    }

    private async Task<string> AddApiKeyAsync(IdentityUser user, DateTimeOffset? expiresAt, CancellationToken cancellationToken)
    {
        var key = ApiKeyPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
            .Replace('+', '-').Replace('/', '_').TrimEnd('=');
        context.ApiKeys.Add(new ApiKey(Guid.NewGuid(), user.Id, key[..12], Hash(key), clock.GetUtcNow(), expiresAt));
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return key;
    }

    /// <summary>A key's SHA-256 as stored (lower-case hex).</summary>
    public static string Hash(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }

    /// <summary>Four groups of five letters and digits joined by hyphens: about 115 bits, and easy to read aloud.</summary>
    internal static string GeneratePassword()
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

    /// <summary>Turns Identity's refusal into a message for <paramref name="field"/>.</summary>
    internal static void Check(IdentityResult result, string field)
    {
        if (!result.Succeeded)
        {
            throw new ValidationFailedException(field, string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
