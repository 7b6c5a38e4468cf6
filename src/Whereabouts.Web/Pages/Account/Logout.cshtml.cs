using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Whereabouts.Application.Accounts;

namespace Whereabouts.Web.Pages.Account;

/// <summary>
/// Signs out (a form post, so another site cannot sign a user out with a link), ending every
/// session of the account: a copy of the cookie taken before is refused after it.
/// </summary>
internal sealed class LogoutModel(SignInManager<IdentityUser> signIn, UserManager<IdentityUser> users, AccountSessions sessions) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        if (users.GetUserId(User) is { } userId)
        {
            await sessions.EndAllAsync(userId);
        }

        await signIn.SignOutAsync();
        return RedirectToPage("/Index");
    }
}
