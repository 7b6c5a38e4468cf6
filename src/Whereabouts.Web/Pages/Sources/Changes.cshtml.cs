using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Whereabouts.Application.Lists;
using Whereabouts.Web.Authorization;
using Whereabouts.Web.Pages.Review;

namespace Whereabouts.Web.Pages.Sources;

/// <summary>
/// What changed between a list and the earlier version it replaces: rows gone, changed (old → new)
/// and added, each with the person it is linked to. People gone from a list of captives are
/// highlighted until a caseworker acknowledges it (the form posts to <see cref="DeparturesModel"/>).
/// </summary>
[Authorize(Policy = Policies.Read)]
internal sealed class ChangesModel(ListChangesQuery query, IAuthorizationService authorization) : PageModel
{
    public ListChanges Changes { get; private set; } = null!;

    /// <summary>Whether the reader may acknowledge departures (caseworkers).</summary>
    public bool CanAcknowledge { get; private set; }

    /// <summary>What the last acknowledgement did, shown once after the redirect.</summary>
    public string? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var changes = await query.RunAsync(id, cancellationToken);
        if (changes is null)
        {
            return NotFound();
        }

        Changes = changes;
        CanAcknowledge = (await authorization.AuthorizeAsync(User, Policies.EditPeople)).Succeeded;
        Notice = TempData[DeparturesModel.NoticeKey] as string;
        return Page();
    }
}
