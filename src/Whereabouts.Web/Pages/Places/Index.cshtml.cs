using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Whereabouts.Application.Common;
using Whereabouts.Application.Places;
using Whereabouts.Web.Authorization;

namespace Whereabouts.Web.Pages.Places;

/// <summary>The gazetteer, searchable by any spelling of a name in any script.</summary>
[Authorize(Policy = Policies.Read)]
internal sealed class IndexModel(PlaceReader reader, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    // Not "page": Razor Pages keeps the page's own path under that route value.
    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int? PageNumber { get; set; }

    public PagedList<PlaceListItem> Results { get; private set; } = new([], 1, Paging.DefaultPageSize, 0);

    public bool CanAdd { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        CanAdd = (await authorization.AuthorizeAsync(User, Policies.EditGazetteer)).Succeeded;
        Results = await reader.ListAsync(Query, PageNumber, Paging.DefaultPageSize, cancellationToken);
    }

    /// <summary>The address of another page of the same list.</summary>
    public string? PageLink(int pageNumber) =>
        Url.Page("/Places/Index", new { q = string.IsNullOrWhiteSpace(Query) ? null : Query.Trim(), pageNumber });
}
