using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Whereabouts.Application.Verification;
using Whereabouts.Web.Authorization;

namespace Whereabouts.Web.Pages.Review;

/// <summary>
/// The fate assertions whose only evidence was shown false (docs/adr/0029), each with a link to
/// retract it: the registry retracts nothing by itself, a caseworker decides. Part of the review
/// queue, so for those who may retract fates (caseworkers and administrators).
/// </summary>
[Authorize(Policy = Policies.EditPeople)]
internal sealed class EvidenceModel(FlaggedAssertionsQuery query) : PageModel
{
    public IReadOnlyList<FlaggedAssertion> Flagged { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Flagged = await query.ListAsync(cancellationToken);
}
