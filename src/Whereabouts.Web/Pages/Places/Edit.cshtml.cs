using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Whereabouts.Application.Common;
using Whereabouts.Application.Places;
using Whereabouts.Storage;
using Whereabouts.Web.Authorization;
using Whereabouts.Web.Display;

namespace Whereabouts.Web.Pages.Places;

/// <summary>
/// Corrects a place's kind, position and parent and adds names. A save from a stale page is
/// refused with the reason, never merged silently.
/// </summary>
[Authorize(Policy = Policies.EditGazetteer)]
internal sealed class EditModel(PlaceEditor editor, PlaceReader reader, IStringLocalizer<EditModel> localizer) : PageModel
{
    public PlaceView Place { get; private set; } = null!;

    [BindProperty]
    public PlaceForm Form { get; set; } = new();

    /// <summary>The version of the place the form was filled from.</summary>
    [BindProperty]
    public int Version { get; set; }

    public IReadOnlyList<PlaceLink> Parents { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Form = PlaceForm.From(Place);
        Version = Place.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var input = Form.ToInput(ModelState, nameof(Form));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            if (await editor.ReviseAsync(id, Version, input, cancellationToken) is null)
            {
                return NotFound();
            }

            TempData["Saved"] = localizer["The place was saved."].Value;
            return RedirectToPage("/Places/Details", new { id });
        }
        catch (ValidationFailedException e)
        {
            FormErrors.Add(ModelState, e, nameof(Form));
        }
        catch (ConcurrencyConflictException)
        {
            ModelState.AddModelError(string.Empty, Labels.Text("This record was changed by someone else after you loaded it; nothing was saved. Reload it and make your change again."));
        }

        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var found = await reader.FindAsync(id, cancellationToken);
        if (found is null)
        {
            return false;
        }

        Place = found;

        // A place cannot lie within itself, so it is not offered as its own parent.
        Parents = [.. (await reader.ChoicesAsync(cancellationToken)).Where(p => p.Id != id)];
        return true;
    }
}
