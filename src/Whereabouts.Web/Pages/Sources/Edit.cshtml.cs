using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Whereabouts.Application.Common;
using Whereabouts.Application.Sources;
using Whereabouts.Storage;
using Whereabouts.Web.Authorization;
using Whereabouts.Web.Display;

namespace Whereabouts.Web.Pages.Sources;

/// <summary>
/// Corrects a source's details. The version loaded travels in a hidden field, so an edit made to a
/// copy that someone else has saved over since is refused instead of silently undoing their change.
/// </summary>
[Authorize(Policy = Policies.EditSources)]
internal sealed class EditModel(SourceReader reader, SourceEditor editor, IStringLocalizer<EditModel> localizer) : PageModel
{
    [BindProperty]
    public SourceForm Form { get; set; } = new();

    [BindProperty]
    public int Version { get; set; }

    public Guid Id { get; private set; }

    public bool Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var source = await reader.FindAsync(id, cancellationToken);
        if (source is null)
        {
            return NotFound();
        }

        Id = id;
        Form = SourceForm.From(source);
        Version = source.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        Id = id;
        var input = Form.ToInput(ModelState, nameof(Form));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            var saved = await editor.ReviseAsync(id, Version, input, cancellationToken);
            if (saved is null)
            {
                return NotFound();
            }

            TempData["Saved"] = localizer["The changes were saved."].Value;
            return RedirectToPage("/Sources/Details", new { id });
        }
        catch (ValidationFailedException e)
        {
            FormErrors.Add(ModelState, e, nameof(Form));
            return Page();
        }
        catch (ConcurrencyConflictException)
        {
            Conflict = true;
            ModelState.AddModelError(string.Empty, Labels.Text("This record was changed by someone else after you loaded it; nothing was saved. Reload it and make your change again."));
            return Page();
        }
    }
}
