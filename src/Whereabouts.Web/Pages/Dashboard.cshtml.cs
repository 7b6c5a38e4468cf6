using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Whereabouts.Application.Lists;
using Whereabouts.Application.Reports;
using Whereabouts.Application.Tracing;
using Whereabouts.Application.Verification;
using Whereabouts.Web.Authorization;

namespace Whereabouts.Web.Pages;

/// <summary>The first page after sign-in.</summary>
[Authorize(Policy = Policies.Read)]
[Whereabouts.Web.Reports.ReportsPrepared(OnlyWithQuery = "asOf")]
internal sealed class DashboardModel(DashboardQuery query, ListDepartures departures, TracingWorkQuery tracing, FlaggedAssertionsQuery flagged, IAuthorizationService authorization, TimeProvider clock) : PageModel
{
    public Dashboard Dashboard { get; private set; } = new(0, [], [], 0);

    /// <summary>Whether the account may open the review queue (everyone sees how long it is).</summary>
    public bool CanReview { get; private set; }

    /// <summary>For caseworkers, how many people gone from newer versions of lists of captives wait to be acknowledged.</summary>
    public int PendingDepartures { get; private set; }

    /// <summary>For caseworkers, how many standing fate assertions rest on evidence shown false (docs/adr/0029).</summary>
    public int FlaggedAssertions { get; private set; }

    /// <summary>For those who may see families' records, the tracing office's work in counts; null for everyone else.</summary>
    public TracingWork? Tracing { get; private set; }

    /// <summary>The day the fate counts are asked about (YYYY-MM-DD, up to today), or blank for today's fates.</summary>
    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true, Name = Shared.AsOfQuery.Name)]
    public string? AsOf { get; set; }

    /// <summary>The day the fate counts are read as recorded on (YYYY-MM-DD, up to today), or blank for what the registry holds now.</summary>
    [Microsoft.AspNetCore.Mvc.BindProperty(SupportsGet = true, Name = Shared.AsOfQuery.RecordedOnName)]
    public string? RecordedOn { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        CanReview = (await authorization.AuthorizeAsync(User, Policies.EditPeople)).Succeeded;
        if (CanReview)
        {
            PendingDepartures = await departures.CountPendingAsync(cancellationToken);
            FlaggedAssertions = await flagged.CountAsync(cancellationToken);
        }

        if ((await authorization.AuthorizeAsync(User, Policies.FamilyNotifications)).Succeeded)
        {
            Tracing = await tracing.RunAsync(cancellationToken);
        }

        var asOf = Shared.AsOfQuery.Read(AsOf, clock, ModelState);
        Dashboard = await query.RunAsync(asOf, Shared.AsOfQuery.ReadRecordedOn(RecordedOn, clock, ModelState), cancellationToken);
    }
}
