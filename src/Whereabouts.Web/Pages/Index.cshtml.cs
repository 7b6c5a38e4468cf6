using Microsoft.AspNetCore.Mvc.RazorPages;
using Whereabouts.Application.Reports;

namespace Whereabouts.Web.Pages;

/// <summary>The public statistics page: aggregates only, open to anyone.</summary>
internal sealed class IndexModel(PublicStatisticsQuery query) : PageModel
{
    public PublicStatistics Statistics { get; private set; } = new([], [], null);

    public async Task OnGetAsync(CancellationToken cancellationToken) => Statistics = await query.RunAsync(cancellationToken);
}
