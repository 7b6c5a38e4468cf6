using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Whereabouts.Application.Accounts;
using Whereabouts.Application.Common;
using Whereabouts.Web.Authorization;

namespace Whereabouts.Web.Pages.Administration.Accounts;

/// <summary>
/// Creates an account with its roles and a generated password, and optionally an API key; both
/// are shown on the answer to this form only (no redirect, so they never travel in a URL or a cookie).
/// </summary>
[Authorize(Policy = Policies.Administer)]
internal sealed class CreateModel(AccountService accounts, AccountDirectory directory, IStringLocalizer<CreateModel> localizer) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter the account's name.")]
    [Display(Name = "Account name")]
    public string UserName { get; set; } = string.Empty;

    [BindProperty]
    [Display(Name = "Roles")]
    public List<string> SelectedRoles { get; set; } = [];

    [BindProperty]
    [Display(Name = "Also issue an API key")]
    public bool WithApiKey { get; set; }

    public CreatedAccount? Created { get; private set; }

    public string? CreatedId { get; private set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (SelectedRoles.Count == 0)
        {
            ModelState.AddModelError(nameof(SelectedRoles), localizer["Choose at least one role."]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            Created = await accounts.CreateAsync(UserName, SelectedRoles, WithApiKey, cancellationToken);
            CreatedId = (await directory.FindByNameAsync(Created.UserName, cancellationToken))?.Id;
        }
        catch (ValidationFailedException e)
        {
            FormErrors.Add(ModelState, e, field => field switch
            {
                "name" => nameof(UserName),
                "role" => nameof(SelectedRoles),
                _ => string.Empty,
            });
        }

        return Page();
    }
}
