using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Whereabouts.Application.Common;
using Whereabouts.Application.Places;
using Whereabouts.Web.Authorization;

namespace Whereabouts.Web.Pages.Places;

/// <summary>Adds a place to the gazetteer; on success, redirects to it (post/redirect/get).</summary>
[Authorize(Policy = Policies.EditGazetteer)]
internal sealed class CreateModel(PlaceEditor editor, PlaceReader places, IStringLocalizer<CreateModel> localizer) : PageModel
{
    [BindProperty]
    public PlaceForm Form { get; set; } = new();

    public IReadOnlyList<PlaceLink> Parents { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Parents = await places.ChoicesAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var input = Form.ToInput(ModelState, nameof(Form));
        if (ModelState.IsValid)
        {
            try
            {
                var saved = await editor.CreateAsync(input, cancellationToken);
                TempData["Saved"] = localizer["The place was added."].Value;
                return RedirectToPage("/Places/Details", new { id = saved.Id });
            }
            catch (ValidationFailedException e)
            {
                FormErrors.Add(ModelState, e, nameof(Form));
            }
        }

        Parents = await places.ChoicesAsync(cancellationToken);
        return Page();
    }
}
