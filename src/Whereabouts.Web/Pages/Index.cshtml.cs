using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Whereabouts.Application.Reports;

namespace Whereabouts.Web.Pages;

/// <summary>The public statistics page: aggregates only, open to anyone; the same figures as GET /api/v1/public/statistics, from the same cache.</summary>
[Whereabouts.Web.Reports.ReportsPrepared]
internal sealed class IndexModel(PublicStatisticsCache statistics) : PageModel
{
    public PublicStatistics Statistics { get; private set; } = new([], [], null);

    /// <summary>The day asked about, or null for the current fates.</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? AsOf { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Statistics = await statistics.GetAsync(ModelState.IsValid ? AsOf : null, cancellationToken);
}
