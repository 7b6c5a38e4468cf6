using Microsoft.AspNetCore.Http.HttpResults;
using Whereabouts.Application.Parties;
using Whereabouts.Application.Reports;
using Whereabouts.Web.Api.Reports;
using Whereabouts.Web.Authorization;
using Whereabouts.Web.Reports;

namespace Whereabouts.Web.Api;

/// <summary>/api/v1/reports/still-held: who of a side was held on a day, by when things happened, a page at a time.</summary>
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
            .WithSummary("A page of the still-held list of a party")
            .WithDescription("side=SLUG (required; a party's slug as /api/v1/parties lists them, in any case: armenian); asOf=yyyy-MM-dd (optional, default today, or recordedOn when that is given); "
                + "recordedOn=yyyy-MM-dd (optional): the registry as recorded by the end of that day (UTC), leaving out fates, retractions and joins of records recorded later, so that the list is what the office knew then. One entry per person whose fate on that day "
                + "was reported captured, capture confirmed, detained, on trial or sentenced, with since when and the evidence; and, per exchange up to "
                + "that day, the announced totals against the named people. Paged, longest held first (then by name and id): page=N (from 1, default 1) and pageSize=N (1 to 500, default 100); "
                + "count and total are how many are held in all, next and previous the addresses of the neighbouring pages (null at either end), and a page past the end is empty. "
                + "Until 2026-12-07 the answer held everyone; the whole list is the CLI's (whereabouts report still-held --format json|csv). "
                + "400 names the field (side, asOf, recordedOn, page, pageSize) for an unknown side, a bad date, a day that has not come yet or a page or size out of range.")
            .ProducesValidationProblem();
        return api;
    }

    private static async Task<Ok<StillHeldResource>> GetAsync(
        StillHeldQuery query, PartyReader parties, TimeProvider clock, string? side, string? asOf, string? recordedOn, string? page, string? pageSize, CancellationToken cancellationToken)
    {
        // The page and its size are read as text, so that "two" is a 400 naming the field like a bad date is.
        var ask = StillHeldRequest.Parse(side, asOf, recordedOn, page, pageSize, clock, await parties.ListAsync(cancellationToken));
        var found = await query.PageAsync(ask.Side, ask.AsOf, ask.RecordedOn, ask.Page, ask.PageSize, cancellationToken);
        return TypedResults.Ok(StillHeldResource.From(found));
    }
}
