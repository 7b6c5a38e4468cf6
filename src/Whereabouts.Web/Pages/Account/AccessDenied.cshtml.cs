using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Whereabouts.Web.Pages.Account;

/// <summary>
/// Where a signed-in account is sent when its role does not allow a page. The refused request
/// itself answered 403 (or redirected here); this page only explains.
/// </summary>
internal sealed class AccessDeniedModel : PageModel;
