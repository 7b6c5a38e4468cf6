using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Whereabouts.Application.Accounts;

namespace Whereabouts.Web.Pages.Account;

/// <summary>
/// Sign-in with name and password; five failures in a row pause the sign-in for 15 minutes (not
/// the account's API keys). An account with two-factor sign-in goes on to enter its code.
/// </summary>
/// <remarks>
/// Every refusal reads the same, whether the name is unknown, the password wrong, the sign-in
/// paused or the account disabled, and takes about as long (a password hash is checked either
/// way), so the form cannot be used to learn which accounts exist or which are locked.
/// </remarks>
internal sealed class LoginModel(SignInManager<IdentityUser> signIn, AccountService accounts, IStringLocalizer<LoginModel> localizer) : PageModel
{
    // A hash of a random password, checked when no real hash was, so that refusals take as long.
    private static readonly string DecoyHash = new PasswordHasher<IdentityUser>().HashPassword(new IdentityUser(), Guid.NewGuid().ToString());

    [BindProperty]
    [Required(ErrorMessage = "Enter your account name.")]
    [Display(Name = "Account name")]
    public string UserName { get; set; } = string.Empty;

    [BindProperty]
    [Required(ErrorMessage = "Enter your password.")]
    [DataType(DataType.Password)]
    [Display(Name = "Password")]
    public string Password { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(UserName.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        var next = Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/Dashboard";
        if (result.Succeeded)
        {
            var user = await signIn.UserManager.FindByNameAsync(UserName.Trim());
            if (user is not null)
            {
                await accounts.RecordSignInAsync(user.Id, cancellationToken);
            }

            return LocalRedirect(next);
        }

        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/LoginWithTwoFactor", new { ReturnUrl = next });
        }

        if (result.IsLockedOut || result.IsNotAllowed || await signIn.UserManager.FindByNameAsync(UserName.Trim()) is null)
        {
            // Identity checked no password for these; check one so they take as long as a wrong password.
            new PasswordHasher<IdentityUser>().VerifyHashedPassword(new IdentityUser(), DecoyHash, Password);
        }

        ModelState.AddModelError(string.Empty, localizer["The account name or password is not right, or this account cannot sign in now. After five failed attempts signing in pauses for 15 minutes; an administrator can help."]);
        return Page();
    }
}
