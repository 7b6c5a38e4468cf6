using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Whereabouts.Application.Captivity;
using Whereabouts.Application.Common;
using Whereabouts.Application.Parties;
using Whereabouts.Web.Authorization;
using Whereabouts.Web.Display;

namespace Whereabouts.Web.Pages.Reports;

/// <summary>
/// The obligations of one detaining party for the people it captured in a period, each figure with
/// the people behind it (staff only); <c>?print=1</c> gives the page as it prints, for a court file
/// or an ombudsman's report, and <c>?format=csv</c> one row per captive.
/// </summary>
[Authorize(Policy = Policies.Read)]
[Whereabouts.Web.Reports.ReportsPrepared]
internal sealed class ObligationsModel(ObligationsQuery query, PartyReader parties, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "party")]
    public string? Party { get; set; }

    [BindProperty(SupportsGet = true, Name = "from")]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "print")]
    public string? PrintFlag { get; set; }

    [BindProperty(SupportsGet = true, Name = "format")]
    public string? Format { get; set; }

    /// <summary>Whether the page is the print view: the printed page on screen, without the app's frame.</summary>
    public bool Print => PrintFlag is "1" or "true";

    public ObligationsReport? Report { get; private set; }

    /// <summary>When the page was made, for the printed copy's header (UTC: a court file needs one unambiguous time).</summary>
    public string PrintedOn => Labels.Time(clock.GetUtcNow());

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        // Without a choice, the report of the first party (as the still-held list opens): a page that opens on figures rather than an error.
        var list = await parties.ListAsync(cancellationToken);
        Party ??= list.Count > 0 ? list[0].Slug : null;
        try
        {
            var (party, from, to) = ObligationsRequest.Parse(Party, From, To, list);
            Report = await query.RunAsync(party, from, to, cancellationToken);
        }
        catch (ValidationFailedException e)
        {
            FormErrors.Add(ModelState, e, field => field);
            return Page();
        }

        if (string.Equals(Format, "csv", StringComparison.OrdinalIgnoreCase))
        {
            var csv = new MemoryStream();
            await ObligationsCsv.WriteAsync(Report, csv, cancellationToken);
            csv.Position = 0;
            var name = string.Create(CultureInfo.InvariantCulture, $"obligations-{Report.Party}-{Report.AsOf:yyyy-MM-dd}.csv");
            return File(csv, "text/csv; charset=utf-8", name);
        }

        return Page();
    }

    /// <summary>The address of this report with <paramref name="extra"/> added (print, format).</summary>
    public string Link(string extra) =>
        $"/Reports/Obligations?party={Uri.EscapeDataString(Report?.Party ?? Party ?? string.Empty)}&from={Uri.EscapeDataString(From ?? string.Empty)}&to={Uri.EscapeDataString(To ?? string.Empty)}&{extra}";
}
