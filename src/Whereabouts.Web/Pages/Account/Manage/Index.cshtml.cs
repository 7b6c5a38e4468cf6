using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Whereabouts.Application.Accounts;
using Whereabouts.Application.Common;
using Whereabouts.Web.Authorization;

namespace Whereabouts.Web.Pages.Account.Manage;

/// <summary>My account: who I am, my roles, two-factor sign-in at a glance, and changing my password.</summary>
[Authorize(Policy = Policies.Read)]
internal sealed class IndexModel(OwnAccount own, AccountDirectory directory, UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn, IStringLocalizer<IndexModel> localizer) : PageModel
{
    public AccountSummary? Account { get; private set; }

    public int RecoveryCodesLeft { get; private set; }

    public bool Changed { get; private set; }

    [BindProperty]
    [Required(ErrorMessage = "Enter your current password.")]
    [DataType(DataType.Password)]
    [Display(Name = "Current password")]
    public string CurrentPassword { get; set; } = string.Empty;

    [BindProperty]
    [Required(ErrorMessage = "Enter a new password.")]
    [DataType(DataType.Password)]
    [Display(Name = "New password")]
    public string NewPassword { get; set; } = string.Empty;

    [BindProperty]
    [Required(ErrorMessage = "Enter the new password again.")]
    [DataType(DataType.Password)]
    [Compare(nameof(NewPassword), ErrorMessage = "The two new passwords differ.")]
    [Display(Name = "New password again")]
    public string ConfirmPassword { get; set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            try
            {
                await own.ChangePasswordAsync(users.GetUserId(User) ?? string.Empty, CurrentPassword, NewPassword);

                // The password change renewed the security stamp; sign in again so this browser keeps its session.
                if (await users.GetUserAsync(User) is { } user)
                {
                    await signIn.RefreshSignInAsync(user);
                }

                Changed = true;
            }
            catch (ValidationFailedException e)
            {
                // The current password gets our own words; Identity's password rules come in its own (English) words.
                if (e.Errors.ContainsKey("currentPassword"))
                {
                    ModelState.AddModelError(nameof(CurrentPassword), localizer["The current password is not right."]);
                }

                foreach (var rule in e.Errors.GetValueOrDefault("newPassword") ?? [])
                {
                    ModelState.AddModelError(nameof(NewPassword), rule);
                }
            }
        }

        return await LoadAsync(cancellationToken);
    }

    private async Task<IActionResult> LoadAsync(CancellationToken cancellationToken)
    {
        Account = await directory.FindAsync(users.GetUserId(User) ?? string.Empty, cancellationToken);
        if (Account is null)
        {
            // Signed in with an API key of a removed account, or a stale cookie: nothing to manage.
            return NotFound();
        }

        RecoveryCodesLeft = Account.TwoFactorEnabled ? await own.RecoveryCodesLeftAsync(Account.Id) : 0;
        return Page();
    }
}
