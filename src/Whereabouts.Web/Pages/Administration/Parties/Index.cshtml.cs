using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Whereabouts.Application.Common;
using Whereabouts.Application.Parties;
using Whereabouts.Web.Authorization;

namespace Whereabouts.Web.Pages.Administration.Parties;

/// <summary>
/// The parties to the conflict the registry accounts for, and a form to add one (Administrators).
/// Which parties records refer to is shown, since those cannot be removed.
/// </summary>
[Authorize(Policy = Policies.Administer)]
internal sealed class IndexModel(PartyReader reader, PartyEditor editor, IStringLocalizer<IndexModel> localizer) : PageModel
{
    public PartyList Parties { get; private set; } = PartyList.Empty;

    public IReadOnlySet<string> InUse { get; private set; } = new HashSet<string>(StringComparer.Ordinal);

    [BindProperty]
    public PartyForm Form { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            var saved = await editor.AddAsync(Form.ToInput(), cancellationToken);
            TempData["Saved"] = localizer["The party {0} was added.", saved.Slug].Value;
            return RedirectToPage("/Administration/Parties/Index");
        }
        catch (ValidationFailedException e)
        {
            FormErrors.Add(ModelState, e, nameof(Form));
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Parties = await reader.ListAsync(cancellationToken);
        InUse = await reader.InUseAsync(cancellationToken);
    }
}
