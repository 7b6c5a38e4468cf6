using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Whereabouts.Application.Common;
using Whereabouts.Application.Parties;
using Whereabouts.Application.Reports;
using Whereabouts.Web.Authorization;

namespace Whereabouts.Web.Pages.Reports;

/// <summary>Who of a side was held on a day (today by default), a page at a time, and the exchanges up to that day.</summary>
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

    /// <summary>The page of the list, from 1 (not "page": Razor Pages keeps the page's own path under that route value).</summary>
    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public string? PageNumber { get; set; }

    /// <summary>How many people a page holds (1 to 500), or blank for 100.</summary>
    [BindProperty(SupportsGet = true, Name = "pageSize")]
    public string? PageSize { get; set; }

    public StillHeldPage? Report { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // Without a choice, the list of the first party: a page that opens on a list rather than an error.
        var list = await parties.ListAsync(cancellationToken);
        Side ??= list.Count > 0 ? list[0].Slug : null;
        try
        {
            var ask = StillHeldRequest.Parse(Side, AsOf, RecordedOn, PageNumber, PageSize, clock, list);
            Report = await query.PageAsync(ask.Side, ask.AsOf, ask.RecordedOn, ask.Page, ask.PageSize, cancellationToken);
            AsOf = Report.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            RecordedOn = Report.RecordedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        catch (ValidationFailedException e)
        {
            FormErrors.Add(ModelState, e, field => field switch
            {
                "asOf" or "recordedOn" or "pageSize" => field,
                "page" => "pageNumber",
                _ => "side",
            });
        }
    }

    /// <summary>The address of another page of the same list: the day fixed, so that paging across midnight stays on one list.</summary>
    public string? PageLink(int pageNumber) => Report is { } report
        ? Url.Page("/Reports/StillHeld", new
        {
            side = report.Side,
            asOf = report.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            recordedOn = report.RecordedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            pageNumber,
            pageSize = report.People.PageSize == StillHeldRequest.DefaultPageSize ? null : (int?)report.People.PageSize,
        })
        : null;
}
