using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Whereabouts.Application.Common;
using Whereabouts.Application.Sources;
using Whereabouts.Web.Authorization;

namespace Whereabouts.Web.Pages.Sources;

/// <summary>Registers a source; on success, redirects to it (post/redirect/get).</summary>
[Authorize(Policy = Policies.EditSources)]
internal sealed class CreateModel(SourceEditor editor, IStringLocalizer<CreateModel> localizer) : PageModel
{
    [BindProperty]
    public SourceForm Form { get; set; } = new();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var input = Form.ToInput(ModelState, nameof(Form));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            var saved = await editor.CreateAsync(input, cancellationToken);
            TempData["Saved"] = localizer["The source was registered."].Value;
            return RedirectToPage("/Sources/Details", new { id = saved.Id });
        }
        catch (ValidationFailedException e)
        {
            FormErrors.Add(ModelState, e, nameof(Form));
            return Page();
        }
    }
}
