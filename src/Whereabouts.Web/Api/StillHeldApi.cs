using Microsoft.AspNetCore.Http.HttpResults;
using Whereabouts.Application.Parties;
using Whereabouts.Application.Reports;
using Whereabouts.Web.Api.Reports;
using Whereabouts.Web.Authorization;
using Whereabouts.Web.Reports;

namespace Whereabouts.Web.Api;

/// <summary>/api/v1/reports/still-held: who of a side was held on a day, by when things happened.</summary>
internal static class StillHeldApi
{
    public static RouteGroupBuilder MapStillHeld(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/reports/still-held", GetAsync)
            .WithTags("Reports")
            .RequireAuthorization(Policies.Read)
            .WithName("GetStillHeld")
            .RequiresReportsPrepared()
            .WithSummary("The still-held list of a party")
            .WithDescription("side=SLUG (required; a party's slug as /api/v1/parties lists them, in any case: armenian); asOf=yyyy-MM-dd (optional, default today, or recordedOn when that is given); "
                + "recordedOn=yyyy-MM-dd (optional): the registry as recorded by the end of that day (UTC), leaving out fates, retractions and joins of records recorded later, so that the list is what the office knew then. One entry per person whose fate on that day "
                + "was reported captured, capture confirmed, detained, on trial or sentenced, with since when and the evidence; and, per exchange up to "
                + "that day, the announced totals against the named people. 400 names the field (side, asOf, recordedOn) for an unknown side, a bad date or a day that has not come yet.")
            .ProducesValidationProblem();
        return api;
    }

    private static async Task<Ok<StillHeldResource>> GetAsync(
        StillHeldQuery query, PartyReader parties, TimeProvider clock, string? side, string? asOf, string? recordedOn, CancellationToken cancellationToken)
    {
        var (which, day, recorded) = StillHeldRequest.Parse(side, asOf, recordedOn, clock, await parties.ListAsync(cancellationToken));
        var report = await query.RunAsync(which, day, recorded, cancellationToken);
        return TypedResults.Ok(StillHeldResource.From(report));
    }
}
