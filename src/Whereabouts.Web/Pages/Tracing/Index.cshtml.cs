using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Whereabouts.Application.Common;
using Whereabouts.Application.Tracing;
using Whereabouts.Web.Authorization;

namespace Whereabouts.Web.Pages.Tracing;

/// <summary>The tracing requests, newest first, by status or reference; requests from the public form are marked.</summary>
[Authorize(Policy = Policies.TracingRequests)]
internal sealed class IndexModel(TracingRequestReader reader, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "status")]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "search")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int? PageNumber { get; set; }

    public PagedList<TracingRequestListItem> Results { get; private set; } = new([], 1, Paging.DefaultPageSize, 0);

    public bool CanAdd { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        CanAdd = (await authorization.AuthorizeAsync(User, Policies.EditTracingRequests)).Succeeded;
        try
        {
            Results = await reader.ListAsync(Status, Search, PageNumber, Paging.DefaultPageSize, cancellationToken);
        }
        catch (ValidationFailedException e)
        {
            FormErrors.Add(ModelState, e, string.Empty);
        }
    }

    /// <summary>The address of another page of the same list.</summary>
    public string? PageLink(int pageNumber) =>
        Url.Page("/Tracing/Index", new { status = Blank(Status), search = Blank(Search), pageNumber });

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
