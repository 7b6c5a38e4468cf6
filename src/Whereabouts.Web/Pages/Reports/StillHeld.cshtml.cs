using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Whereabouts.Application.Common;
using Whereabouts.Application.Parties;
using Whereabouts.Application.Reports;
using Whereabouts.Web.Authorization;

namespace Whereabouts.Web.Pages.Reports;

/// <summary>Who of a side was held on a day (today by default), and the exchanges up to that day.</summary>
[Authorize(Policy = Policies.Read)]
[Whereabouts.Web.Reports.ReportsPrepared]
internal sealed class StillHeldModel(StillHeldQuery query, PartyReader parties, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "side")]
    public string? Side { get; set; }

    [BindProperty(SupportsGet = true, Name = "asOf")]
    public string? AsOf { get; set; }

    /// <summary>The day the registry is read as recorded on (YYYY-MM-DD, up to today), or blank for what it holds now.</summary>
    [BindProperty(SupportsGet = true, Name = "recordedOn")]
    public string? RecordedOn { get; set; }

    public StillHeldReport? Report { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // Without a choice, the list of the first party: a page that opens on a list rather than an error.
        var list = await parties.ListAsync(cancellationToken);
        Side ??= list.Count > 0 ? list[0].Slug : null;
        try
        {
            var (side, day, recorded) = StillHeldRequest.Parse(Side, AsOf, RecordedOn, clock, list);
            Report = await query.RunAsync(side, day, recorded, cancellationToken);
            AsOf = Report.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            RecordedOn = Report.RecordedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        catch (ValidationFailedException e)
        {
            FormErrors.Add(ModelState, e, field => field is "asOf" or "recordedOn" ? field : "side");
        }
    }
}
