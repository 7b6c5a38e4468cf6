using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Whereabouts.Web.Pages;

/// <summary>
/// The page shown, inside the app's frame, for a page that does not exist (404), a refusal (403),
/// a failure (500) or another error status: the status-code and exception middleware re-execute
/// the request here with the status already set, so the answer keeps its status code.
/// </summary>
/// <remarks>
/// Re-execution keeps the request's method, so a failed form post arrives here as a POST: the page
/// answers every method and checks no antiforgery token (it changes nothing).
/// </remarks>
[IgnoreAntiforgeryToken]
internal sealed class ErrorModel : PageModel
{
    /// <summary>The HTTP status the page explains.</summary>
    public int Code { get; private set; }

    public void OnGet(int? code) => Explain(code);

    public void OnPost(int? code) => Explain(code);

    private void Explain(int? code)
    {
        // A status the middleware already set wins; /Error alone (the exception handler's path) is a failure.
        var status = Response.StatusCode is >= 400 and <= 599 ? Response.StatusCode : code ?? StatusCodes.Status500InternalServerError;
        Code = status is >= 400 and <= 599 ? status : StatusCodes.Status500InternalServerError;
        Response.StatusCode = Code;
    }
}
