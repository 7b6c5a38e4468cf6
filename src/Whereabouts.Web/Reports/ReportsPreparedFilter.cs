using System.Globalization;
using Whereabouts.Application.Reports;

namespace Whereabouts.Web.Reports;

/// <summary>
/// The API's side of <see cref="ReportsPreparedAttribute"/>: an endpoint that reads everyone's
/// fate history answers 503 with a Retry-After and a ProblemDetails saying the figures are being
/// prepared, until they are (<see cref="ReportPreparationWorker"/>). Authorization runs first, so an
/// unauthorized caller still learns nothing but 401 or 403.
/// </summary>
internal sealed class ReportsPreparedFilter(FateHistoryCache histories) : IEndpointFilter
{
    /// <summary>The Retry-After, in seconds, that pages and endpoints give while the histories are prepared.</summary>
    public static readonly string RetryAfterSeconds = ReportPreparationWorker.RetryAfter.TotalSeconds.ToString(CultureInfo.InvariantCulture);

    /// <summary>How long a request waits for a preparation about to finish before it answers that the figures are being prepared.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(1);

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var state = await StateAsync(histories, context.HttpContext.RequestAborted);
        if (state == PreparationState.Ready)
        {
            return await next(context);
        }

        context.HttpContext.Response.Headers.RetryAfter = RetryAfterSeconds;
        return TypedResults.Problem(
            statusCode: StatusCodes.Status503ServiceUnavailable,
            title: "The figures are being prepared",
            detail: state == PreparationState.Failed
                ? $"Reading the fate histories for the reports failed; it is tried again every {RetryAfterSeconds} s. Ask again later."
                : $"The app has just started and is reading everyone's fate history for the reports. Ask again in {RetryAfterSeconds} s.");
    }

    /// <summary>
    /// The histories' state once they are ready or <see cref="Patience"/> has passed: a small
    /// registry is read in less, so its pages never flash "being prepared" right after a start.
    /// </summary>
    public static async Task<PreparationState> StateAsync(FateHistoryCache histories, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(histories);
        if (histories.State == PreparationState.Preparing)
        {
            try
            {
                await histories.Prepared.WaitAsync(Patience, cancellationToken);
            }
            catch (TimeoutException)
            {
                // Still reading: say so.
            }
        }

        return histories.State;
    }
}
