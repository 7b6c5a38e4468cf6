using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Whereabouts.Application.Exchanges;
using Whereabouts.Web.Authorization;

namespace Whereabouts.Web.Pages.Exchanges;

/// <summary>One exchange: terms, mediators, sources, the people each way and announced totals against named people.</summary>
[Authorize(Policy = Policies.Read)]
internal sealed class DetailsModel(ExchangeReader reader, IAuthorizationService authorization) : PageModel
{
    public ExchangeDossier Dossier { get; private set; } = null!;

    public bool CanEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var dossier = await reader.DossierAsync(id, cancellationToken);
        if (dossier is null)
        {
            return NotFound();
        }

        Dossier = dossier;
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.EditPeople)).Succeeded;
        return Page();
    }
}
