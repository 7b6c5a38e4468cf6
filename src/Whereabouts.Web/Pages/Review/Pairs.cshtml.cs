using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Whereabouts.Application.Common;
using Whereabouts.Application.Identities;
using Whereabouts.Web.Authorization;

namespace Whereabouts.Web.Pages.Review;

/// <summary>
/// The review queue's registry pairs: two records of the registry that the duplicate search (or a
/// caseworker) put side by side as perhaps one person, likeliest first.
/// </summary>
[Authorize(Policy = Policies.EditPeople)]
internal sealed class PairsModel(PairReviewQuery pairs) : PageModel
{
    // Not "page": Razor Pages keeps the page's own path under that route value.
    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int? PageNumber { get; set; }

    public PagedList<PairQueueItem> Items { get; private set; } = new([], 1, Paging.DefaultPageSize, 0);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Items = await pairs.ListAsync(PageNumber, Paging.DefaultPageSize, cancellationToken);

    /// <summary>The address of another page of the pairs.</summary>
    public string? PageLink(int pageNumber) => Url.Page("/Review/Pairs", new { pageNumber });
}
