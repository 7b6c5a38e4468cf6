using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Whereabouts.Application.Tracing;
using Whereabouts.Web.Authorization;

namespace Whereabouts.Web.Pages.Tracing.Next;

/// <summary>
/// What the tracing office must do next, in three lists: requests with no answer past the deadline,
/// families to inform again (with the requests their relatives made), and requests whose person has
/// new evidence since the family was answered. For those who may see families' records.
/// </summary>
[Authorize(Policy = Policies.FamilyNotifications)]
[Whereabouts.Web.Reports.ReportsPrepared]
internal sealed class IndexModel(UnansweredRequestsQuery unanswered, FamiliesToInformAgainQuery informAgain, NewEvidenceQuery newEvidence) : PageModel
{
    /// <summary>The deadline, in days.</summary>
    public int Days => unanswered.Days;

    public IReadOnlyList<UnansweredRequest> Unanswered { get; private set; } = [];

    public IReadOnlyList<FamilyToInformAgain> InformAgain { get; private set; } = [];

    public IReadOnlyList<NewEvidenceRequest> NewEvidence { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Unanswered = await unanswered.ListAsync(cancellationToken);
        InformAgain = await informAgain.ListAsync(cancellationToken);
        NewEvidence = await newEvidence.ListAsync(cancellationToken);
    }
}
