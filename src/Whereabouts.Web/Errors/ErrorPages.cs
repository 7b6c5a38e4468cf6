using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;

namespace Whereabouts.Web.Errors;

/// <summary>
/// How a request that fails is answered. The API answers with ProblemDetails
/// (<see cref="ApiExceptionHandler"/>, and the status-code pages for an answer with no body); a
/// page request is answered by the Error page inside the app's frame, with the status kept.
/// </summary>
/// <remarks>
/// The Error page is reached by running the request again on its address, and always as a GET: a
/// failed form post run again as a POST would meet the form checks again (the antiforgery check
/// answered an empty 400 instead of the page), and the Error page changes nothing anyway.
/// </remarks>
internal static class ErrorPages
{
    /// <summary>Whether the request is for the API, whose errors are ProblemDetails rather than pages.</summary>
    public static bool IsApi(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether <paramref name="path"/> is an address of the API.</summary>
    public static bool IsApi(string path) => new PathString(path).StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    /// <summary>The id under which the request's log entries are found: the one the API's problems and the Error page show.</summary>
    public static string TraceId(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Activity.Current?.Id ?? context.TraceIdentifier;
    }

    /// <summary>
    /// The exception handler and the status-code pages, first in the pipeline. In every
    /// environment: a busy database must answer 503 on a developer's machine too, and the log
    /// holds the exception in full.
    /// </summary>
    public static void UseErrorPages(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/Error",
            StatusCodeSelector = ErrorStatus.Of,

            // Every failure is logged (under the trace id the answer shows), also those the API's
            // handler answered, which the framework would leave out; a request the API could not
            // read is the client's mistake and its answer says so.
            SuppressDiagnosticsCallback = context => context.Exception is BadHttpRequestException { StatusCode: < 500 },
        });

        // An API answer with an error status and no body gets a ProblemDetails body.
        app.UseWhen(context => IsApi(context.Request), api => api.UseStatusCodePages(async context =>
        {
            if (!context.HttpContext.Response.HasStarted && context.HttpContext.Response.ContentLength is null)
            {
                var problems = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context.HttpContext });
            }
        }));
        app.UseWhen(context => !IsApi(context.Request), pages => pages.UseStatusCodePagesWithReExecute("/Error/{0}"));

        // Runs again (and only then) when the request is run again for the Error page.
        app.Use((context, next) =>
        {
            if (context.Features.Get<IExceptionHandlerFeature>() is not null || context.Features.Get<IStatusCodeReExecuteFeature>() is not null)
            {
                context.Request.Method = HttpMethods.Get;
            }

            return next(context);
        });
    }
}
