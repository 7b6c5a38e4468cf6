using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Whereabouts.Application.Legal;
using Whereabouts.Web.Authorization;

namespace Whereabouts.Web.Pages.LegalCases;

/// <summary>One legal case: forum, number, people, counsel, charges, sentence, documents and every proceeding.</summary>
[Authorize(Policy = Policies.Read)]
internal sealed class DetailsModel(LegalCaseReader reader, IAuthorizationService authorization) : PageModel
{
    public LegalCaseView Case { get; private set; } = null!;

    public bool CanEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var found = await reader.FindAsync(id, cancellationToken);
        if (found is null)
        {
            return NotFound();
        }

        Case = found;
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.EditLegalCases)).Succeeded;
        return Page();
    }
}
