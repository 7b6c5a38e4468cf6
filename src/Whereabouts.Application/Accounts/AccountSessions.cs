using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Whereabouts.Storage;

namespace Whereabouts.Application.Accounts;

/// <summary>
/// The browser sessions of an account, all of which carry the account's security stamp as it was
/// when they signed in. A session is current while the stamp is unchanged and the account is
/// enabled; signing out, a password change or reset, a role change and disabling the account each
/// renew the stamp, which ends every session of that account on every app server at its next
/// request, including a copy of its cookie taken earlier.
/// </summary>
public sealed class AccountSessions(UserManager<IdentityUser> users, WhereaboutsDbContext context)
{
    /// <summary>
    /// Whether a session of the account <paramref name="userId"/> that carries
    /// <paramref name="securityStamp"/> may go on: one look-up of the account by its key.
    /// </summary>
    public async Task<bool> IsCurrentAsync(string? userId, string? securityStamp, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(securityStamp))
        {
            return false;
        }

        var account = await context.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new
            {
                u.SecurityStamp,
                Disabled = context.AccountStates.Any(s => s.UserId == u.Id && s.DisabledAt != null),
            })
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return account is { Disabled: false } && string.Equals(account.SecurityStamp, securityStamp, StringComparison.Ordinal);
    }

    /// <summary>Ends every session of the account (the signing-out one included) by renewing its security stamp; audited as whoever is acting.</summary>
    public async Task EndAllAsync(string userId)
    {
        if (await users.FindByIdAsync(userId).ConfigureAwait(false) is { } user)
        {
            AccountService.Check(await users.UpdateSecurityStampAsync(user).ConfigureAwait(false), "name");
        }
    }
}
