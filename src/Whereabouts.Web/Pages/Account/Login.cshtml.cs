using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Whereabouts.Web.Pages.Account;

/// <summary>Sign-in with name and password; five failures in a row lock the account for 15 minutes.</summary>
internal sealed class LoginModel(SignInManager<IdentityUser> signIn) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter your account name.")]
    [Display(Name = "Account name")]
    public string UserName { get; set; } = string.Empty;

    [BindProperty]
    [Required(ErrorMessage = "Enter your password.")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(UserName.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/Dashboard");
        }

        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? "This account is locked after repeated failed sign-ins. Try again in 15 minutes, or ask an administrator."
            : "The account name or password is not right.");
        return Page();
    }
}
