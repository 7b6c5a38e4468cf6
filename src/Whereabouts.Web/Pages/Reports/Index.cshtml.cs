using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Whereabouts.Application.Common;
using Whereabouts.Application.Incidents;
using Whereabouts.Application.Reports;
using Whereabouts.Web.Authorization;
using Whereabouts.Web.Pages.Shared;

namespace Whereabouts.Web.Pages.Reports;

/// <summary>Fate counts over time: how many people were missing, held, free or dead on each day, per side.</summary>
[Authorize(Policy = Policies.Read)]
[Whereabouts.Web.Reports.ReportsPrepared]
internal sealed class IndexModel(FateTimelineQuery query, IncidentReader incidents, TimeProvider clock) : PageModel
{
    /// <summary>Only this side; null for every side.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Side { get; set; }

    /// <summary>Only people with a fate in this incident.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? Incident { get; set; }

    /// <summary>The first day; empty for the start of the registry's own period.</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    /// <summary>The last day (YYYY-MM-DD, up to today): the registry as it stood then; empty for the end of the registry's own period.</summary>
    [BindProperty(SupportsGet = true, Name = AsOfQuery.Name)]
    public string? AsOf { get; set; }

    /// <summary>The day the registry is read as recorded on (YYYY-MM-DD, up to today), or blank for what it holds now.</summary>
    [BindProperty(SupportsGet = true, Name = AsOfQuery.RecordedOnName)]
    public string? RecordedOn { get; set; }

    /// <summary>The day the figures were read as recorded on, once read.</summary>
    public DateOnly? RecordedDay { get; private set; }

    /// <summary>Monthly or daily points.</summary>
    [BindProperty(SupportsGet = true)]
    public FateTimelineStep Step { get; set; } = FateTimelineStep.Monthly;

    public IReadOnlyList<IncidentLink> Incidents { get; private set; } = [];

    public FateTimeline? Timeline { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Incidents = await incidents.ChoicesAsync(cancellationToken);
        var asOf = AsOfQuery.Read(AsOf, clock, ModelState);
        RecordedDay = AsOfQuery.ReadRecordedOn(RecordedOn, clock, ModelState);
        if (!ModelState.IsValid)
        {
            return;
        }

        try
        {
            Timeline = await query.RunAsync(new FateTimelineRequest(From, asOf, Step, Side, Incident, RecordedDay), cancellationToken);
        }
        catch (ValidationFailedException e)
        {
            FormErrors.Add(ModelState, e, _ => string.Empty);
        }
    }

    /// <summary>The chosen incident's name, or null.</summary>
    public string? IncidentName => Incidents.FirstOrDefault(i => i.Id == Incident)?.Name;
}
