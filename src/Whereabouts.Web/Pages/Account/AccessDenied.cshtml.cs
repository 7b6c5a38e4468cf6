using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Whereabouts.Web.Pages.Account;

/// <summary>Shown when a signed-in account's role does not allow a page.</summary>
internal sealed class AccessDeniedModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
