using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Whereabouts.Application.Legal;
using Whereabouts.Web.Authorization;

namespace Whereabouts.Web.Pages.LegalCases;

/// <summary>
/// The families last told a fate the evidence no longer says, the longest-waiting first: what they
/// were told, when and by whom, and what the registry says now. Joined records are one person.
/// </summary>
[Authorize(Policy = Policies.FamilyNotifications)]
[Whereabouts.Web.Reports.ReportsPrepared]
internal sealed class InformAgainModel(InformAgainQuery query) : PageModel
{
    public IReadOnlyList<InformAgainCase> Cases { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Cases = await query.ListAsync(cancellationToken);
}
