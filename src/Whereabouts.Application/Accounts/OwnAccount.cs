using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Whereabouts.Application.Common;
using Whereabouts.Storage;

namespace Whereabouts.Application.Accounts;

/// <summary>
/// What every account does to itself: change its password, and set up, turn off or renew
/// two-factor sign-in with an authenticator app (Identity's TOTP, RFC 6238). Every change is
/// audited as the account; the authenticator key and recovery codes never reach the log.
/// </summary>
public sealed class OwnAccount(UserManager<IdentityUser> users, WhereaboutsDbContext context, AccountService accounts)
{
    /// <summary>How the registry names itself in authenticator apps.</summary>
    public const string Issuer = "Whereabouts";

    /// <summary>How many recovery codes are issued at a time.</summary>
    public const int RecoveryCodeCount = 10;

    /// <summary>Replaces the password after checking the current one; Identity's password rules apply.</summary>
    /// <exception cref="ValidationFailedException">The current password is wrong (<c>currentPassword</c>) or the new one breaks a rule (<c>newPassword</c>).</exception>
    public async Task ChangePasswordAsync(string userId, string currentPassword, string newPassword)
    {
        var user = await FindAsync(userId).ConfigureAwait(false);
        var result = await users.ChangePasswordAsync(user, currentPassword ?? string.Empty, newPassword ?? string.Empty).ConfigureAwait(false);
        if (result.Succeeded)
        {
            return;
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var wrongCurrent = result.Errors.Where(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)).ToList();
        if (wrongCurrent.Count > 0)
        {
            errors["currentPassword"] = ["the current password is not right"];
        }

        var rules = result.Errors.Except(wrongCurrent).Select(e => e.Description).ToArray();
        if (rules.Length > 0)
        {
            errors["newPassword"] = rules;
        }

        throw new ValidationFailedException(errors);
    }

    /// <summary>Whether signing in asks the account for a code.</summary>
    public async Task<bool> IsTwoFactorEnabledAsync(string userId) =>
        await users.GetTwoFactorEnabledAsync(await FindAsync(userId).ConfigureAwait(false)).ConfigureAwait(false);

    /// <summary>How many unused recovery codes the account has.</summary>
    public async Task<int> RecoveryCodesLeftAsync(string userId) =>
        await users.CountRecoveryCodesAsync(await FindAsync(userId).ConfigureAwait(false)).ConfigureAwait(false);

    /// <summary>
    /// The key to enter in an authenticator app, made on first use. Two-factor sign-in is not on
    /// until a code from the app is confirmed with <see cref="EnableTwoFactorAsync"/>.
    /// </summary>
    public async Task<TwoFactorSetup> TwoFactorSetupAsync(string userId)
    {
        var user = await FindAsync(userId).ConfigureAwait(false);
        var key = await users.GetAuthenticatorKeyAsync(user).ConfigureAwait(false);
        if (string.IsNullOrEmpty(key))
        {
            AccountService.Check(await users.ResetAuthenticatorKeyAsync(user).ConfigureAwait(false), "code");
            key = await users.GetAuthenticatorKeyAsync(user).ConfigureAwait(false) ?? string.Empty;
        }

        var label = Uri.EscapeDataString(Issuer) + ":" + Uri.EscapeDataString(user.UserName ?? string.Empty);
        var uri = string.Create(CultureInfo.InvariantCulture, $"otpauth://totp/{label}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6");
        return new TwoFactorSetup(Grouped(key), uri);
    }

    /// <summary>
    /// Turns two-factor sign-in on once the app's current code proves it holds the key, and
    /// returns <see cref="RecoveryCodeCount"/> recovery codes, shown once.
    /// </summary>
    /// <exception cref="ValidationFailedException">The code is not the app's current one (<c>code</c>).</exception>
    public async Task<IReadOnlyList<string>> EnableTwoFactorAsync(string userId, string code)
    {
        var user = await FindAsync(userId).ConfigureAwait(false);
        var digits = Clean(code);
        var valid = digits.Length > 0 && await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, digits).ConfigureAwait(false);
        if (!valid)
        {
            throw new ValidationFailedException("code", "the code is not the one the authenticator app shows now; check the app's clock and enter the newest code");
        }

        await using var transaction = await context.Database.BeginTransactionAsync().ConfigureAwait(false);
        AccountService.Check(await users.SetTwoFactorEnabledAsync(user, true).ConfigureAwait(false), "code");
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount).ConfigureAwait(false);
        await transaction.CommitAsync().ConfigureAwait(false);
        return [.. codes ?? []];
    }

    /// <summary>
    /// Turns two-factor sign-in off and discards the key, so the app's old entry stops mattering;
    /// turning it on again starts with a new key.
    /// </summary>
    public async Task DisableTwoFactorAsync(string userId)
    {
        var user = await FindAsync(userId).ConfigureAwait(false);
        await using var transaction = await context.Database.BeginTransactionAsync().ConfigureAwait(false);
        AccountService.Check(await users.SetTwoFactorEnabledAsync(user, false).ConfigureAwait(false), "code");
        AccountService.Check(await users.ResetAuthenticatorKeyAsync(user).ConfigureAwait(false), "code");
        await transaction.CommitAsync().ConfigureAwait(false);
    }

    /// <summary>Replaces the recovery codes with new ones (the old stop working); shown once.</summary>
    /// <exception cref="ValidationFailedException">Two-factor sign-in is off.</exception>
    public async Task<IReadOnlyList<string>> RegenerateRecoveryCodesAsync(string userId)
    {
        var user = await FindAsync(userId).ConfigureAwait(false);
        if (!await users.GetTwoFactorEnabledAsync(user).ConfigureAwait(false))
        {
            throw new ValidationFailedException("code", "two-factor sign-in is off, so there are no recovery codes to renew");
        }

        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount).ConfigureAwait(false);
        return [.. codes ?? []];
    }

    private async Task<IdentityUser> FindAsync(string userId)
    {
        // Every change starts by finding the account: the place to name who acts.
        accounts.AttributeChanges();
        return await users.FindByIdAsync(userId ?? string.Empty).ConfigureAwait(false)
            ?? throw new ValidationFailedException("account", "the signed-in account no longer exists");
    }

    private static string Clean(string? code) =>
        new([.. (code ?? string.Empty).Where(c => !char.IsWhiteSpace(c) && c != '-')]);

    private static string Grouped(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            if (i > 0)
            {
                text.Append(' ');
            }

            text.Append(key.AsSpan(i, Math.Min(4, key.Length - i)));
        }

        return text.ToString().ToLowerInvariant();
    }
}
