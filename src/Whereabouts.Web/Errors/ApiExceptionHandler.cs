using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Whereabouts.Web.Errors;

/// <summary>
/// Answers an API request that failed with an exception no use case turned into an answer: a
/// ProblemDetails document (RFC 9457) with the status <see cref="ErrorStatus"/> gives, a title
/// that says what happened, <c>Retry-After</c> when the database is busy, and the trace id that
/// the log's entry for the failure carries. The exception's own text is never sent: it can name
/// tables, files and values, and a client can do nothing with it.
/// </summary>
/// <remarks>Pages are left to the Error page (it returns false for them).</remarks>
internal sealed partial class ApiExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        ArgumentNullException.ThrowIfNull(exception);
        // The exception handler has already pointed the request at the Error page: the address
        // asked for is kept in the feature.
        var path = httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path.Value ?? string.Empty;
        if (!ErrorPages.IsApi(path) || httpContext.Response.HasStarted)
        {
            return false;
        }

        var status = ErrorStatus.Of(exception);
        httpContext.Response.StatusCode = status;
        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            httpContext.Response.Headers.RetryAfter = ErrorStatus.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        }

        var problem = new ProblemDetails
        {
            Status = status,
            Title = Title(status),
            Detail = Detail(status),
            Instance = path,
        };
        if (exception is BadHttpRequestException { StatusCode: < 500 } bad)
        {
            // The framework's message is about the request, not the server: it names the
            // parameter that could not be read and the value sent ("asOf", "garbage").
            problem.Detail = bad.Message;
            if (ParameterOf(bad.Message) is { } parameter)
            {
                problem.Extensions["errors"] = new Dictionary<string, string[]>(StringComparer.Ordinal) { [parameter] = [bad.Message] };
            }
        }

        problem.Extensions["traceId"] = ErrorPages.TraceId(httpContext);
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception }).ConfigureAwait(false);
    }

    /// <summary>The parameter a binding failure names: <c>Failed to bind parameter "int? page" from "x".</c> gives <c>page</c>.</summary>
    private static string? ParameterOf(string message)
    {
        var match = ParameterPattern().Match(message);
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex(@"parameter ""(?:[^""]*\s)?([^""\s]+)""", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ParameterPattern();

    private static string Title(int status) => status switch
    {
        StatusCodes.Status503ServiceUnavailable => "The registry is busy",
        StatusCodes.Status409Conflict => "The record was changed by someone else",
        StatusCodes.Status413PayloadTooLarge => "The request is too large",
        < 500 => "The request could not be read",
        _ => "The request failed",
    };

    private static string Detail(int status) => status switch
    {
        StatusCodes.Status503ServiceUnavailable =>
            $"The database is busy with other work. Nothing was saved; send the request again in {ErrorStatus.RetryAfterSeconds} seconds.",
        StatusCodes.Status409Conflict => "Someone saved the record while this request was changing it; nothing was saved. Read it again and repeat the change.",
        StatusCodes.Status413PayloadTooLarge => "The request body is larger than the registry accepts; nothing was saved.",
        < 500 => "The request could not be read.",

        // A change is saved whole or not at all, but a failure after the save cannot say which.
        _ => "The registry failed to complete the request. Read the record to see whether the change was saved, and give the traceId to the registry's administrator, who finds the failure in the log under it.",
    };
}
