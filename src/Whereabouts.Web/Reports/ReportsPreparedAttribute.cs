using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Whereabouts.Application.Reports;

namespace Whereabouts.Web.Reports;

/// <summary>
/// Marks a page that reads everyone's fate history: until the histories are prepared after the
/// start (<see cref="ReportPreparationWorker"/>), a GET answers at once with 503, a Retry-After
/// and the page Shared/Preparing ("the figures are being prepared", with a refresh) instead of
/// keeping the reader waiting for the whole registry to be read.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
internal sealed class ReportsPreparedAttribute : Attribute, IAsyncPageFilter
{
    /// <summary>The view shown meanwhile; its model is the <see cref="PreparationState"/>.</summary>
    public const string PreparingView = "/Pages/Shared/Preparing.cshtml";

    /// <summary>When set, only a request with this query parameter (not empty) needs the histories: the dashboard needs them for a past day only.</summary>
    public string? OnlyWithQuery { get; init; }

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        if (!HttpMethods.IsGet(http.Request.Method) || (OnlyWithQuery is { } parameter && string.IsNullOrEmpty(http.Request.Query[parameter])))
        {
            await next();
            return;
        }

        var state = await ReportsPreparedFilter.StateAsync(http.RequestServices.GetRequiredService<FateHistoryCache>(), http.RequestAborted);
        if (state == PreparationState.Ready)
        {
            await next();
            return;
        }

        http.Response.Headers.RetryAfter = ReportsPreparedFilter.RetryAfterSeconds;
        context.Result = new ViewResult
        {
            ViewName = PreparingView,
            StatusCode = StatusCodes.Status503ServiceUnavailable,
            ViewData = new ViewDataDictionary<PreparationState>(http.RequestServices.GetRequiredService<IModelMetadataProvider>(), context.ModelState) { Model = state },
        };
    }
}
