using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Whereabouts.Application.Reports;
using Whereabouts.Web.Pages.Shared;

namespace Whereabouts.Web.Pages;

/// <summary>The public statistics page: aggregates only, open to anyone; the same figures as GET /api/v1/public/statistics, from the same cache.</summary>
[Whereabouts.Web.Reports.ReportsPrepared]
internal sealed class IndexModel(PublicStatisticsCache statistics, TimeProvider clock) : PageModel
{
    public PublicStatistics Statistics { get; private set; } = new([], [], null);

    /// <summary>The day asked about (YYYY-MM-DD, up to today), or blank for the current fates; a wrong one is named above the figures.</summary>
    [BindProperty(SupportsGet = true, Name = AsOfQuery.Name)]
    public string? AsOf { get; set; }

    /// <summary>The day the registry is read as recorded on (YYYY-MM-DD, up to today), or blank for what it holds now.</summary>
    [BindProperty(SupportsGet = true, Name = AsOfQuery.RecordedOnName)]
    public string? RecordedOn { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var asOf = AsOfQuery.Read(AsOf, clock, ModelState);
        var recordedOn = AsOfQuery.ReadRecordedOn(RecordedOn, clock, ModelState);
        Statistics = await statistics.GetAsync(asOf, recordedOn, cancellationToken);
    }
}
