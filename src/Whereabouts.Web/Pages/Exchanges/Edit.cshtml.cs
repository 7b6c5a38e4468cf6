using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Whereabouts.Application.Common;
using Whereabouts.Application.Exchanges;
using Whereabouts.Storage;
using Whereabouts.Web.Authorization;
using Whereabouts.Web.Display;

namespace Whereabouts.Web.Pages.Exchanges;

/// <summary>
/// Corrects the description of a recorded exchange: terms, route, parties, mediators, notes. The
/// date, incident, place and people stay, because the fates the exchange recorded carry them.
/// </summary>
[Authorize(Policy = Policies.EditPeople)]
internal sealed class EditModel(ExchangeRecorder recorder, ExchangeReader reader, IStringLocalizer<EditModel> localizer) : PageModel
{
    public ExchangeDossier Dossier { get; private set; } = null!;

    [BindProperty]
    public ExchangeRevisionForm Form { get; set; } = new();

    /// <summary>The version of the exchange the form was filled from.</summary>
    [BindProperty]
    public int Version { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await reader.DossierAsync(id, cancellationToken) is not { } dossier)
        {
            return NotFound();
        }

        Dossier = dossier;
        Form = ExchangeRevisionForm.From(dossier);
        Version = dossier.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await reader.DossierAsync(id, cancellationToken) is not { } dossier)
        {
            return NotFound();
        }

        Dossier = dossier;
        try
        {
            if (await recorder.ReviseAsync(id, Version, Form.ToRevision(), cancellationToken) is null)
            {
                return NotFound();
            }

            TempData["Saved"] = localizer["The exchange's description was saved."].Value;
            return RedirectToPage("/Exchanges/Details", new { id });
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
}
