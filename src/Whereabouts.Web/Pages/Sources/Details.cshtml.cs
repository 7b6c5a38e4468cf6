using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Whereabouts.Application.Sources;
using Whereabouts.Web.Authorization;

namespace Whereabouts.Web.Pages.Sources;

/// <summary>One source: its details, its archived hash, the claims read from it and the people whose fates cite it.</summary>
[Authorize(Policy = Policies.Read)]
internal sealed class DetailsModel(SourceReader reader, IAuthorizationService authorization) : PageModel
{
    public SourceDossier Dossier { get; private set; } = null!;

    public bool CanEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var dossier = await reader.DossierAsync(id, cancellationToken);
        if (dossier is null)
        {
            return NotFound();
        }

        Dossier = dossier;
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.EditSources)).Succeeded;
        return Page();
    }
}
