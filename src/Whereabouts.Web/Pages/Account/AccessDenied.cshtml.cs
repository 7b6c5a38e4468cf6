using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Whereabouts.Web.Pages.Account;

/// <summary>
/// Where a signed-in account is sent when its role does not allow a page. The refused request
/// itself answered 403 (or redirected here); this page explains, and answers 403 too, so that a
/// client following the redirect (a script, a link checker) is not told the request succeeded.
/// </summary>
internal sealed class AccessDeniedModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
