using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Whereabouts.Application.Common;
using Whereabouts.Application.Incidents;
using Whereabouts.Application.Places;
using Whereabouts.Storage;
using Whereabouts.Web.Authorization;
using Whereabouts.Web.Display;

namespace Whereabouts.Web.Pages.Incidents;

/// <summary>
/// Corrects an incident's name, dates and description and adds places and parties. A save from a
/// stale page is refused with the reason, never merged silently.
/// </summary>
[Authorize(Policy = Policies.EditGazetteer)]
internal sealed class EditModel(IncidentEditor editor, IncidentReader reader, PlaceReader places, IStringLocalizer<EditModel> localizer) : PageModel
{
    public IncidentView Incident { get; private set; } = null!;

    [BindProperty]
    public IncidentForm Form { get; set; } = new();

    /// <summary>The version of the incident the form was filled from.</summary>
    [BindProperty]
    public int Version { get; set; }

    public IReadOnlyList<PlaceLink> Places { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Form = IncidentForm.From(Incident);
        Version = Incident.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            if (await editor.ReviseAsync(id, Version, Form.ToInput(), cancellationToken) is null)
            {
                return NotFound();
            }

            TempData["Saved"] = localizer["The incident was saved."].Value;
            return RedirectToPage("/Incidents/Details", new { id });
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

        Incident = found;
        Places = await places.ChoicesAsync(cancellationToken);
        return true;
    }
}
