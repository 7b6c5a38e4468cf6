using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Whereabouts.Application.Accounts;

namespace Whereabouts.Web.Authorization;

/// <summary>
/// Checks a browser session's security stamp against its account on every request (one look-up
/// by key), so that a session ended by signing out, a password change or disabling the account is
/// refused at once on every app server, a copy of its cookie included. Identity's own validator,
/// which runs after this one once a minute, keeps the session's roles up to date.
/// </summary>
internal static class SessionValidation
{
    /// <summary>Chains the stamp check before <paramref name="next"/> (Identity's validator).</summary>
    public static Func<CookieValidatePrincipalContext, Task> Before(Func<CookieValidatePrincipalContext, Task> next) => async context =>
    {
        if (!await IsCurrentAsync(context))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        await next(context);
    };

    private static async Task<bool> IsCurrentAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        if (principal is null)
        {
            return false;
        }

        var services = context.HttpContext.RequestServices;
        var claims = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
        return await services.GetRequiredService<AccountSessions>().IsCurrentAsync(
            principal.FindFirst(claims.UserIdClaimType)?.Value,
            principal.FindFirst(claims.SecurityStampClaimType)?.Value,
            context.HttpContext.RequestAborted);
    }
}
