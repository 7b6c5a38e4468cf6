using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Whereabouts.Application.Verification;
using Whereabouts.Web.Authorization;

namespace Whereabouts.Web.Pages.Review;

/// <summary>
/// The fate assertions whose only evidence was shown false (docs/adr/0029), each with a link to
/// retract it: the registry retracts nothing by itself, a caseworker decides.
/// </summary>
[Authorize(Policy = Policies.VerifyEvidence)]
internal sealed class EvidenceModel(FlaggedAssertionsQuery query, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<FlaggedAssertion> Flagged { get; private set; } = [];

    /// <summary>Whether the reader may retract fates (caseworkers and administrators; analysts see the list).</summary>
    public bool CanRetract { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        CanRetract = (await authorization.AuthorizeAsync(User, Policies.EditPeople)).Succeeded;
        Flagged = await query.ListAsync(cancellationToken);
    }
}
