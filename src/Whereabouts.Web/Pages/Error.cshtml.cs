using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Whereabouts.Web.Errors;

namespace Whereabouts.Web.Pages;

/// <summary>
/// The page shown, inside the app's frame, for a page that does not exist (404), a refusal (403),
/// a busy database (503), a failure (500) or another error status: the status-code and exception
/// middleware run the request again here, as a GET (<see cref="ErrorPages"/>), with the status
/// already set, so the answer keeps its status code.
/// </summary>
/// <remarks>
/// It checks no antiforgery token and answers a POST too: it changes nothing, and a form posted
/// here by hand should see the page rather than an empty 400.
/// </remarks>
[IgnoreAntiforgeryToken]
internal sealed class ErrorModel : PageModel
{
    /// <summary>The HTTP status the page explains.</summary>
    public int Code { get; private set; }

    /// <summary>The id the log's entries for the failed request carry, for the administrator.</summary>
    public string TraceId { get; private set; } = string.Empty;

    public void OnGet(int? code) => Explain(code);

    public void OnPost(int? code) => Explain(code);

    private void Explain(int? code)
    {
        // A failure's own status wins (a busy database is 503 whatever the middleware set); then
        // a status the middleware already set; /Error alone is a failure.
        var failure = HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error;
        var status = failure is not null ? ErrorStatus.Of(failure)
            : Response.StatusCode is >= 400 and <= 599 ? Response.StatusCode
            : code ?? StatusCodes.Status500InternalServerError;
        Code = status is >= 400 and <= 599 ? status : StatusCodes.Status500InternalServerError;
        Response.StatusCode = Code;
        if (Code == StatusCodes.Status503ServiceUnavailable)
        {
            Response.Headers.RetryAfter = ErrorStatus.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        }

        TraceId = ErrorPages.TraceId(HttpContext);
    }
}
