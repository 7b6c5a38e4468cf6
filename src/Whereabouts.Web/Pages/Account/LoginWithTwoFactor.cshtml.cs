using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Whereabouts.Application.Accounts;

namespace Whereabouts.Web.Pages.Account;

/// <summary>
/// The second step of signing in for an account with two-factor sign-in: the code the
/// authenticator app shows, or one of the account's recovery codes (each works once). Wrong codes
/// count towards the same lockout as wrong passwords.
/// </summary>
internal sealed class LoginWithTwoFactorModel(SignInManager<IdentityUser> signIn, AccountService accounts, IStringLocalizer<LoginWithTwoFactorModel> localizer) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter the code from your authenticator app, or a recovery code.")]
    [Display(Name = "Code from the authenticator app, or a recovery code")]
    public string Code { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>False when the password step was not taken, or too long ago (its cookie lasts minutes).</summary>
    public bool PasswordChecked { get; private set; } = true;

    public async Task OnGetAsync() =>
        PasswordChecked = await signIn.GetTwoFactorAuthenticationUserAsync() is not null;

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            PasswordChecked = false;
            return Page();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var code = new string([.. Code.Where(c => !char.IsWhiteSpace(c))]);

        // Authenticator codes are six digits; anything else can only be a recovery code.
        var result = code.Length == 6 && code.All(char.IsAsciiDigit)
            ? await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(code);
        if (result.Succeeded)
        {
            await accounts.RecordSignInAsync(user.Id, cancellationToken);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/Dashboard");
        }

        ModelState.AddModelError(nameof(Code), localizer["The code is not right, or this account cannot sign in now. Enter the newest code from the app, or a recovery code."]);
        return Page();
    }
}
