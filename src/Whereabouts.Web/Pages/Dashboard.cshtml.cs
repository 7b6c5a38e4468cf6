using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Whereabouts.Application.Reports;
using Whereabouts.Web.Authorization;

namespace Whereabouts.Web.Pages;

/// <summary>The first page after sign-in.</summary>
[Authorize(Policy = Policies.Read)]
internal sealed class DashboardModel(DashboardQuery query) : PageModel
{
    public Dashboard Dashboard { get; private set; } = new(0, [], [], 0);

    public async Task OnGetAsync(CancellationToken cancellationToken) => Dashboard = await query.RunAsync(cancellationToken);
}
