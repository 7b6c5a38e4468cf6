using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Whereabouts.Storage;

namespace Whereabouts.Application.Accounts;

/// <summary>
/// Tells Identity's sign-in whether an account may sign in at all: not when an administrator
/// disabled it. Identity asks this before it checks the password (<c>SignIn.RequireConfirmedAccount</c>).
/// </summary>
internal sealed class EnabledAccountConfirmation(WhereaboutsDbContext context) : IUserConfirmation<IdentityUser>
{
    public async Task<bool> IsConfirmedAsync(UserManager<IdentityUser> manager, IdentityUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return !await context.AccountStates.AsNoTracking()
            .AnyAsync(s => s.UserId == user.Id && s.DisabledAt != null).ConfigureAwait(false);
    }
}
