using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Whereabouts.Application.Common;
using Whereabouts.Application.Lists;
using Whereabouts.Web.Authorization;

namespace Whereabouts.Web.Pages.Review;

/// <summary>
/// The review queue: rows of imported lists that the linkage engine found likely but not sure to
/// be a registry person, likeliest first, optionally of one list.
/// </summary>
/// <remarks>Linking a row records the list's fate on the person, so reviewing is editing people.</remarks>
[Authorize(Policy = Policies.EditPeople)]
internal sealed class IndexModel(ReviewQueueQuery queue) : PageModel
{
    /// <summary>The list (source) to show, or null for every list.</summary>
    [BindProperty(SupportsGet = true, Name = "source")]
    public Guid? Source { get; set; }

    // Not "page": Razor Pages keeps the page's own path under that route value.
    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int? PageNumber { get; set; }

    public PagedList<ReviewQueueItem> Items { get; private set; } = new([], 1, Paging.DefaultPageSize, 0);

    /// <summary>The lists with open items, to filter by.</summary>
    public IReadOnlyList<ReviewList> Lists { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Lists = await queue.ListsAsync(cancellationToken);
        Items = await queue.ListAsync(PageNumber, Paging.DefaultPageSize, Source, cancellationToken);
    }

    /// <summary>The address of another page of the same queue.</summary>
    public string? PageLink(int pageNumber) => Url.Page("/Review/Index", new { source = Source, pageNumber });
}
