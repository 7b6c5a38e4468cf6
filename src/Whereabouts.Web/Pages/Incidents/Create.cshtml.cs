using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Whereabouts.Application.Common;
using Whereabouts.Application.Incidents;
using Whereabouts.Application.Places;
using Whereabouts.Web.Authorization;

namespace Whereabouts.Web.Pages.Incidents;

/// <summary>Records an incident; on success, redirects to it (post/redirect/get).</summary>
[Authorize(Policy = Policies.EditGazetteer)]
internal sealed class CreateModel(IncidentEditor editor, PlaceReader places, IStringLocalizer<CreateModel> localizer) : PageModel
{
    [BindProperty]
    public IncidentForm Form { get; set; } = new();

    public IReadOnlyList<PlaceLink> Places { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Places = await places.ChoicesAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            try
            {
                var saved = await editor.CreateAsync(Form.ToInput(), cancellationToken);
                TempData["Saved"] = localizer["The incident was recorded."].Value;
                return RedirectToPage("/Incidents/Details", new { id = saved.Id });
            }
            catch (ValidationFailedException e)
            {
                FormErrors.Add(ModelState, e, nameof(Form));
            }
        }

        Places = await places.ChoicesAsync(cancellationToken);
        return Page();
    }
}
