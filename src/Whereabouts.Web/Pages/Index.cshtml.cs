using Microsoft.AspNetCore.Mvc.RazorPages;
using Whereabouts.Application.Reports;
using Whereabouts.Domain;

namespace Whereabouts.Web.Pages;

/// <summary>The public statistics page: aggregates only, open to anyone.</summary>
internal sealed class IndexModel(PublicStatisticsQuery query) : PageModel
{
    public PublicStatistics Statistics { get; private set; } = new([], [], null);

    public async Task OnGetAsync(CancellationToken cancellationToken) => Statistics = await query.RunAsync(cancellationToken);

    public static string Describe(Side side) => side switch
    {
        Side.Armenian => "Armenian side",
        Side.Azerbaijani => "Azerbaijani side",
        Side.Unknown => "Side not recorded",
        _ => side.ToString(),
    };

    public static string Describe(FateStatus status) => status switch
    {
        FateStatus.Missing => "Missing",
        FateStatus.ReportedCaptured => "Reported captured",
        FateStatus.CaptureConfirmed => "Capture confirmed",
        FateStatus.Detained => "Detained",
        FateStatus.OnTrial => "On trial",
        FateStatus.Sentenced => "Sentenced",
        FateStatus.Released => "Released",
        FateStatus.Repatriated => "Repatriated",
        FateStatus.FoundAlive => "Found alive",
        FateStatus.Deceased => "Deceased",
        FateStatus.RemainsRecovered => "Remains recovered",
        FateStatus.RemainsIdentified => "Remains identified",
        _ => status.ToString(),
    };
}
