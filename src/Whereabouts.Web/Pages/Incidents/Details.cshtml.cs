using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Whereabouts.Application.Incidents;
using Whereabouts.Web.Authorization;

namespace Whereabouts.Web.Pages.Incidents;

/// <summary>One incident: its details, places and parties, the figures claimed about it and how many people it concerns.</summary>
[Authorize(Policy = Policies.Read)]
internal sealed class DetailsModel(IncidentReader reader, IAuthorizationService authorization) : PageModel
{
    public IncidentDossier Dossier { get; private set; } = null!;

    public bool CanEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var dossier = await reader.DossierAsync(id, cancellationToken);
        if (dossier is null)
        {
            return NotFound();
        }

        Dossier = dossier;
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.EditGazetteer)).Succeeded;
        return Page();
    }
}
