using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Whereabouts.Application.Accounts;
using Whereabouts.Application.Common;
using Whereabouts.Web.Authorization;

namespace Whereabouts.Web.Pages.Account.Manage;

/// <summary>
/// Two-factor sign-in with an authenticator app: shows the shared key (and its otpauth:// link),
/// turns the second step on once a code from the app is confirmed, and shows the recovery codes
/// once; later renews them or turns the second step off.
/// </summary>
[Authorize(Policy = Policies.Read)]
internal sealed class TwoFactorModel(OwnAccount own, UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn, IOptions<AccountsOptions> options, IStringLocalizer<TwoFactorModel> localizer) : PageModel
{
    public bool Enabled { get; private set; }

    public TwoFactorSetup? Setup { get; private set; }

    public int RecoveryCodesLeft { get; private set; }

    /// <summary>Recovery codes just made, shown on this one answer only.</summary>
    public IReadOnlyList<string> NewRecoveryCodes { get; private set; } = [];

    /// <summary>Whether this account may not turn the second step off (an Administrator, when the registry requires it).</summary>
    public bool Required { get; private set; }

    /// <summary>Set when the app sent an Administrator here before anything else.</summary>
    public bool RequiredNotice { get; private set; }

    public string? Message { get; private set; }

    [BindProperty]
    [Display(Name = "Code from the app")]
    public string? Code { get; set; }

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "required")] bool required = false)
    {
        RequiredNotice = required;
        return await LoadAsync();
    }

    public async Task<IActionResult> OnPostEnableAsync()
    {
        if (string.IsNullOrWhiteSpace(Code))
        {
            ModelState.AddModelError(nameof(Code), localizer["Enter the six-digit code the app shows."]);
            return await LoadAsync();
        }

        try
        {
            NewRecoveryCodes = await own.EnableTwoFactorAsync(UserId, Code);
            await RefreshAsync();
            Message = localizer["Two-factor sign-in is on. From now on, signing in asks for a code from the app."];
        }
        catch (ValidationFailedException)
        {
            // The only refusal here is a code that is not the app's current one.
            ModelState.AddModelError(nameof(Code), localizer["The code is not the one the app shows now; check the phone's clock and enter the newest code."]);
        }

        return await LoadAsync();
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        try
        {
            NewRecoveryCodes = await own.RegenerateRecoveryCodesAsync(UserId);
            Message = localizer["New recovery codes were made; the old ones no longer work."];
        }
        catch (ValidationFailedException)
        {
            ModelState.AddModelError(string.Empty, localizer["Two-factor sign-in is off, so there are no recovery codes to renew."]);
        }

        return await LoadAsync();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        if (IsRequired())
        {
            ModelState.AddModelError(string.Empty, localizer["This registry requires administrators to sign in with two factors, so it cannot be turned off for this account."]);
            return await LoadAsync();
        }

        await own.DisableTwoFactorAsync(UserId);
        await RefreshAsync();
        Message = localizer["Two-factor sign-in is off. Remove the Whereabouts entry from your authenticator app; turning it on again uses a new key."];
        return await LoadAsync();
    }

    private string UserId => users.GetUserId(User) ?? string.Empty;

    private bool IsRequired() => options.Value.RequireTwoFactorForAdministrators && User.IsInRole(Roles.Administrator);

    private async Task RefreshAsync()
    {
        // Turning the second step on or off renews the security stamp; keep this browser signed in.
        if (await users.GetUserAsync(User) is { } user && User.Identity?.AuthenticationType == IdentityConstants.ApplicationScheme)
        {
            await signIn.RefreshSignInAsync(user);
        }
    }

    private async Task<IActionResult> LoadAsync()
    {
        if (await users.GetUserAsync(User) is null)
        {
            return NotFound();
        }

        Required = IsRequired();
        Enabled = await own.IsTwoFactorEnabledAsync(UserId);
        if (Enabled)
        {
            RecoveryCodesLeft = await own.RecoveryCodesLeftAsync(UserId);
        }
        else
        {
            Setup = await own.TwoFactorSetupAsync(UserId);

            // Making the key on first use renews the security stamp (Identity's rule), which would
            // end this very session at its next request (SessionValidation); keep it signed in.
            await RefreshAsync();
        }

        return Page();
    }
}
