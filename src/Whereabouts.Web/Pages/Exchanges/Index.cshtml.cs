using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Whereabouts.Application.Common;
using Whereabouts.Application.Exchanges;
using Whereabouts.Web.Authorization;

namespace Whereabouts.Web.Pages.Exchanges;

/// <summary>The exchanges, latest first.</summary>
[Authorize(Policy = Policies.Read)]
internal sealed class IndexModel(ExchangeReader reader, IAuthorizationService authorization) : PageModel
{
    // Not "page": Razor Pages keeps the page's own path under that route value.
    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int? PageNumber { get; set; }

    public PagedList<ExchangeListItem> Results { get; private set; } = new([], 1, Paging.DefaultPageSize, 0);

    public bool CanRecord { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        CanRecord = (await authorization.AuthorizeAsync(User, Policies.EditPeople)).Succeeded;
        Results = await reader.ListAsync(PageNumber, Paging.DefaultPageSize, cancellationToken);
    }

    /// <summary>The address of another page of the list.</summary>
    public string? PageLink(int pageNumber) => Url.Page("/Exchanges/Index", new { pageNumber });
}
