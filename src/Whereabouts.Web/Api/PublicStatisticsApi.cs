using Microsoft.AspNetCore.Http.HttpResults;
using Whereabouts.Application.Reports;
using Whereabouts.Web.Api.Statistics;
using Whereabouts.Web.Reports;

namespace Whereabouts.Web.Api;

/// <summary>
/// /api/v1/public/statistics: the only API route open without a key. It answers the same aggregate
/// figures as the public page: counts by fate and side, small cells suppressed, no names and no ids.
/// </summary>
internal static class PublicStatisticsApi
{
    public static RouteGroupBuilder MapPublicStatistics(this RouteGroupBuilder publicApi)
    {
        ArgumentNullException.ThrowIfNull(publicApi);
        publicApi.MapGet("/statistics", GetAsync)
            .WithTags("Public")
            .WithName("GetPublicStatistics")
            .WithSummary("Public statistics (no key needed)")
            .RequiresReportsPrepared()
            .WithDescription("People by fate and side, as aggregates only. Counts below 5 are null, never the number; the total is null when "
                + "it is below 5 or would reveal a hidden count. asOf (YYYY-MM-DD, up to today) gives the figures as things stood on that day; "
                + "recordedOn (YYYY-MM-DD, up to today) gives them as the registry had recorded them by the end of that day (UTC), and is the day asked about when asOf is not given; another value is a 400 that names the field. The figures are computed "
                + "at most once a minute per day asked about, so they may be up to 60 seconds old. "
                + "Right after the app starts, while everyone's fate history is read, it answers 503 with a Retry-After.");
        return publicApi;
    }

    // Served from the cache: anyone may ask, as often as they like, without a key.
    private static async Task<Ok<PublicStatisticsResource>> GetAsync(
        PublicStatisticsCache statistics, TimeProvider clock, string? asOf, string? recordedOn, CancellationToken cancellationToken)
    {
        var (day, recorded) = StillHeldRequest.ParseDays(asOf, recordedOn, clock);
        return TypedResults.Ok(PublicStatisticsResource.From(await statistics.GetAsync(day, recorded, cancellationToken)));
    }
}
