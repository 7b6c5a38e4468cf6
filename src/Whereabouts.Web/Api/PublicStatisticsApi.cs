using Microsoft.AspNetCore.Http.HttpResults;
using Whereabouts.Application.Reports;
using Whereabouts.Web.Api.Statistics;

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
            .WithDescription("People by fate and side, as aggregates only. Counts below 5 are null, never the number; the total is null when "
                + "it is below 5 or would reveal a hidden count. asOf (YYYY-MM-DD) gives the figures as things stood on that day.");
        return publicApi;
    }

    private static async Task<Ok<PublicStatisticsResource>> GetAsync(
        PublicStatisticsQuery query, DateOnly? asOf, CancellationToken cancellationToken) =>
        TypedResults.Ok(PublicStatisticsResource.From(await query.RunAsync(asOf, cancellationToken)));
}
