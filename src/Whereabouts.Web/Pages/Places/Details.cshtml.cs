using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Whereabouts.Application.Control;
using Whereabouts.Application.Places;
using Whereabouts.Web.Authorization;

namespace Whereabouts.Web.Pages.Places;

/// <summary>One place: its names in every script, where it is, what it lies in, who held it when, and what happened there.</summary>
[Authorize(Policy = Policies.Read)]
internal sealed class DetailsModel(PlaceReader reader, PlaceControls controls, IAuthorizationService authorization) : PageModel
{
    public PlaceDossier Dossier { get; private set; } = null!;

    /// <summary>Who held the place when, by every source: standing periods, and retracted ones apart.</summary>
    public PlaceControlTimeline Control { get; private set; } = null!;

    public bool CanEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var dossier = await reader.DossierAsync(id, cancellationToken);
        if (dossier is null)
        {
            return NotFound();
        }

        Dossier = dossier;
        Control = await controls.TimelineAsync(id, cancellationToken) ?? throw new InvalidOperationException($"Place {id} has a dossier but no timeline.");
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.EditGazetteer)).Succeeded;
        return Page();
    }
}
