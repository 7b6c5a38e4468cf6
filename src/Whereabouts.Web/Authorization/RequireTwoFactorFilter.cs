using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;
using Whereabouts.Application.Accounts;

namespace Whereabouts.Web.Authorization;

/// <summary>
/// With <see cref="AccountsOptions.RequireTwoFactorForAdministrators"/> on, sends an Administrator
/// who signed in with a browser and has not turned on two-factor sign-in to its setup page before
/// any other page. API keys are not affected: they are a separate credential, issued by an
/// administrator, and a script cannot answer a code.
/// </summary>
internal sealed class RequireTwoFactorFilter(IOptions<AccountsOptions> options, UserManager<IdentityUser> users) : IAsyncPageFilter
{
    /// <summary>Where the setup happens; the Account pages (sign-in, sign-out, this one) stay reachable.</summary>
    public const string SetupPage = "/Account/Manage/TwoFactor";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var user = context.HttpContext.User;
        var page = context.ActionDescriptor.ViewEnginePath;
        if (options.Value.RequireTwoFactorForAdministrators
            && user.Identity is { IsAuthenticated: true, AuthenticationType: var scheme } && scheme == IdentityConstants.ApplicationScheme
            && user.IsInRole(Roles.Administrator)
            && !page.StartsWith("/Account/", StringComparison.Ordinal) && page != "/Error"
            && await users.GetUserAsync(user) is { } account
            && !await users.GetTwoFactorEnabledAsync(account))
        {
            context.Result = new RedirectToPageResult(SetupPage, new { required = true });
            return;
        }

        await next();
    }
}
