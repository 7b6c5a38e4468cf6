using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Common;
using Whereabouts.Domain;
using Whereabouts.Storage;
using Whereabouts.Storage.Accounts;

namespace Whereabouts.Application.Accounts;

/// <summary>
/// What an administrator does to existing accounts: reset a password, disable and enable, grant
/// and remove roles, revoke API keys. Each act is one transaction, recorded in the audit log as
/// the acting account. Whatever changes who a key acts as also makes this process forget the
/// key's cached owner, so the change holds at once here.
/// </summary>
/// <remarks>
/// No act may leave the registry without an enabled Administrator: nobody could then manage its
/// accounts from the web app, and only someone with the database and the CLI could repair it.
/// </remarks>
public sealed class AccountAdministration(
    UserManager<IdentityUser> users,
    WhereaboutsDbContext context,
    AccountService accounts,
    TimeProvider clock,
    IApiKeyOwnerCache owners)
{
    // A sentence, not a constant string, so that a page translates it inside the messages that give it as their reason.
    private static readonly Sentence LastAdministrator = Sentence.Of(
        "it is the only enabled Administrator, and the registry would be left with nobody who can manage accounts; "
        + "give another account the Administrator role first");

    /// <summary>Gives the account a new generated password, lifts a sign-in lockout, and returns the password (shown once).</summary>
    /// <exception cref="ValidationFailedException">No account has that name.</exception>
    public async Task<string> ResetPasswordAsync(string userName, CancellationToken cancellationToken = default)
    {
        var user = await FindAsync(userName).ConfigureAwait(false);
        var password = AccountService.GeneratePassword();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        AccountService.Check(await users.RemovePasswordAsync(user).ConfigureAwait(false), "password");
        AccountService.Check(await users.AddPasswordAsync(user, password).ConfigureAwait(false), "password");
        AccountService.Check(await users.SetLockoutEndDateAsync(user, null).ConfigureAwait(false), "password");
        AccountService.Check(await users.ResetAccessFailedCountAsync(user).ConfigureAwait(false), "password");
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return password;
    }

    /// <summary>
    /// Stops the account from signing in and its API keys from working. Its open browser sessions
    /// end at their next check (the security stamp changes).
    /// </summary>
    /// <exception cref="ValidationFailedException">No such account, it is already disabled, or it is the last enabled Administrator.</exception>
    public async Task DisableAsync(string userName, CancellationToken cancellationToken = default)
    {
        var user = await FindAsync(userName).ConfigureAwait(false);
        var state = await StateOfAsync(user, cancellationToken).ConfigureAwait(false);
        if (state is { IsDisabled: true })
        {
            throw new ValidationFailedException("name", $"the account '{user.UserName}' is already disabled");
        }

        if (await IsLastEnabledAdministratorAsync(user, cancellationToken).ConfigureAwait(false))
        {
            throw new ValidationFailedException("name", $"'{user.UserName}' cannot be disabled: {LastAdministrator}");
        }

        if (state is null)
        {
            state = new AccountState(user.Id);
            context.AccountStates.Add(state);
        }

        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        state.Disable(clock.GetUtcNow());
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        AccountService.Check(await users.UpdateSecurityStampAsync(user).ConfigureAwait(false), "name");
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        await accounts.ForgetKeysOfAsync(user.Id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Lets a disabled account sign in and use its API keys again.</summary>
    /// <exception cref="ValidationFailedException">No such account, or it is not disabled.</exception>
    public async Task EnableAsync(string userName, CancellationToken cancellationToken = default)
    {
        var user = await FindAsync(userName).ConfigureAwait(false);
        var state = await StateOfAsync(user, cancellationToken).ConfigureAwait(false);
        if (state is not { IsDisabled: true })
        {
            throw new ValidationFailedException("name", $"the account '{user.UserName}' is not disabled");
        }

        state.Enable();
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await accounts.ForgetKeysOfAsync(user.Id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Grants a role.</summary>
    /// <exception cref="ValidationFailedException">No such account, an unknown role, or the account holds it already.</exception>
    public async Task AddRoleAsync(string userName, string role, CancellationToken cancellationToken = default)
    {
        var user = await FindAsync(userName).ConfigureAwait(false);
        var canonical = Canonical(role);
        if (await users.IsInRoleAsync(user, canonical).ConfigureAwait(false))
        {
            throw new ValidationFailedException("role", $"'{user.UserName}' already holds the role {canonical}");
        }

        await accounts.EnsureRolesAsync().ConfigureAwait(false);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        AccountService.Check(await users.AddToRoleAsync(user, canonical).ConfigureAwait(false), "role");
        AccountService.Check(await users.UpdateSecurityStampAsync(user).ConfigureAwait(false), "role");
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        await accounts.ForgetKeysOfAsync(user.Id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Removes a role; open browser sessions lose it at their next check.</summary>
    /// <exception cref="ValidationFailedException">No such account, an unknown role, the account does not hold it, or it would remove the last enabled Administrator.</exception>
    public async Task RemoveRoleAsync(string userName, string role, CancellationToken cancellationToken = default)
    {
        var user = await FindAsync(userName).ConfigureAwait(false);
        var canonical = Canonical(role);
        if (!await users.IsInRoleAsync(user, canonical).ConfigureAwait(false))
        {
            throw new ValidationFailedException("role", $"'{user.UserName}' does not hold the role {canonical}");
        }

        if (canonical == Roles.Administrator && await IsLastEnabledAdministratorAsync(user, cancellationToken).ConfigureAwait(false))
        {
            throw new ValidationFailedException("role", $"the Administrator role cannot be taken from '{user.UserName}': {LastAdministrator}");
        }

        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        AccountService.Check(await users.RemoveFromRoleAsync(user, canonical).ConfigureAwait(false), "role");
        AccountService.Check(await users.UpdateSecurityStampAsync(user).ConfigureAwait(false), "role");
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        await accounts.ForgetKeysOfAsync(user.Id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Revokes an API key named by its id or by the beginning of the key (at least the
    /// <c>wbk_</c> prefix and four more characters). Returns the key as it is now.
    /// </summary>
    /// <exception cref="ValidationFailedException">No key, several keys, or an already revoked key matches.</exception>
    public async Task<ApiKeySummary> RevokeApiKeyAsync(string idOrPrefix, CancellationToken cancellationToken = default)
    {
        accounts.AttributeChanges();
        var text = idOrPrefix?.Trim() ?? string.Empty;
        List<ApiKey> found;
        if (Guid.TryParse(text, out var id))
        {
            found = await context.ApiKeys.Where(k => k.Id == id).ToListAsync(cancellationToken).ConfigureAwait(false);
        }
        else if (text.StartsWith(AccountService.ApiKeyPrefix, StringComparison.Ordinal) && text.Length >= AccountService.ApiKeyPrefix.Length + 4)
        {
            // The stored prefix is the key's first 12 characters; a longer text (the whole key) names it too.
            // Filtered here with an ordinal comparison: a registry has few keys.
            var stored = text.Length > 12 ? text[..12] : text;
            found = [.. (await context.ApiKeys.ToListAsync(cancellationToken).ConfigureAwait(false))
                .Where(k => k.Prefix.StartsWith(stored, StringComparison.Ordinal))];
            if (text.Length > 12)
            {
                var hash = AccountService.Hash(text);
                found = found.Count > 1 ? [.. found.Where(k => k.Hash == hash)] : found;
            }
        }
        else
        {
            // A variable, not the constant: a constant-only interpolation would be a plain string, not a template.
            var prefix = AccountService.ApiKeyPrefix;
            throw new ValidationFailedException("key", $"name the key by its id or by its first characters ({prefix} and at least four more)");
        }

        if (found.Count == 0)
        {
            throw new ValidationFailedException("key", $"no API key matches '{text}'");
        }

        if (found.Count > 1)
        {
            throw new ValidationFailedException("key", $"{found.Count} API keys begin with '{text}'; give more characters or the key's id");
        }

        var key = found[0];
        if (key.RevokedAt is not null)
        {
            throw new ValidationFailedException("key", $"the API key {key.Prefix}… was already revoked");
        }

        key.Revoke(clock.GetUtcNow());
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        owners.Forget([key.Hash]);
        return new ApiKeySummary(key.Id, key.Prefix, key.CreatedAt, key.ExpiresAt, key.RevokedAt, false);
    }

    private async Task<IdentityUser> FindAsync(string userName)
    {
        // Every act starts by finding its account: the place to name who acts (see AttributeChanges).
        accounts.AttributeChanges();
        return await users.FindByNameAsync(userName?.Trim() ?? string.Empty).ConfigureAwait(false)
            ?? throw new ValidationFailedException("name", $"no account is named '{userName}'");
    }

    private static string Canonical(string role) =>
        Roles.Find(role) ?? throw new ValidationFailedException("role", $"unknown role '{role}'; choose one of {string.Join(", ", Roles.All)}");

    private Task<AccountState?> StateOfAsync(IdentityUser user, CancellationToken cancellationToken) =>
        context.AccountStates.FirstOrDefaultAsync(s => s.UserId == user.Id, cancellationToken);

    private async Task<bool> IsLastEnabledAdministratorAsync(IdentityUser user, CancellationToken cancellationToken)
    {
        var administrators = (await users.GetUsersInRoleAsync(Roles.Administrator).ConfigureAwait(false)).Select(u => u.Id).ToList();
        if (!administrators.Contains(user.Id, StringComparer.Ordinal))
        {
            return false;
        }

        var disabled = await context.AccountStates.AsNoTracking().Where(s => s.DisabledAt != null).Select(s => s.UserId)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var enabled = administrators.Except(disabled, StringComparer.Ordinal).ToList();
        return enabled.Count == 1 && enabled[0] == user.Id;
    }
}
