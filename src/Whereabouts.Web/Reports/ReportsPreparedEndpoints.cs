namespace Whereabouts.Web.Reports;

/// <summary>Marks an API endpoint that reads everyone's fate history (<see cref="ReportsPreparedFilter"/>).</summary>
internal static class ReportsPreparedEndpoints
{
    /// <summary>Answers 503 with a Retry-After until the histories are prepared, and says so in the OpenAPI document.</summary>
    public static RouteHandlerBuilder RequiresReportsPrepared(this RouteHandlerBuilder endpoint) =>
        endpoint.AddEndpointFilter<ReportsPreparedFilter>().ProducesProblem(StatusCodes.Status503ServiceUnavailable);
}
