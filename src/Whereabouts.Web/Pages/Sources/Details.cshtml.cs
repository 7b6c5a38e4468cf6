using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Whereabouts.Application.Lists;
using Whereabouts.Application.Sources;
using Whereabouts.Web.Authorization;

namespace Whereabouts.Web.Pages.Sources;

/// <summary>One source: its details, its archived hash, the claims read from it and the people whose fates cite it; for a list, its earlier and later versions.</summary>
[Authorize(Policy = Policies.Read)]
internal sealed class DetailsModel(SourceReader reader, ListChangesQuery lists, IAuthorizationService authorization) : PageModel
{
    public SourceDossier Dossier { get; private set; } = null!;

    public bool CanEdit { get; private set; }

    /// <summary>For a list, the version it replaces and those that replace it; null for a source of another kind.</summary>
    public ListVersions? Versions { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var dossier = await reader.DossierAsync(id, cancellationToken);
        if (dossier is null)
        {
            return NotFound();
        }

        Dossier = dossier;
        Versions = await lists.VersionsAsync(id, cancellationToken);
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.EditSources)).Succeeded;
        return Page();
    }
}
