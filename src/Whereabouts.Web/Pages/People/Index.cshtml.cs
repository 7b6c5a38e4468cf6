using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Whereabouts.Application.Common;
using Whereabouts.Application.Persons;
using Whereabouts.Domain;
using Whereabouts.Web.Authorization;

namespace Whereabouts.Web.Pages.People;

/// <summary>Finds people by name in any script or spelling, filtered by fate, side, incident and contested.</summary>
[Authorize(Policy = Policies.Read)]
internal sealed class IndexModel(PersonSearch search, PersonFormChoicesQuery choices, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true)]
    public FateStatus? Fate { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Side { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Incident { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Contested { get; set; }

    // Not "page": Razor Pages keeps the page's own path under that route value.
    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int? PageNumber { get; set; }

    public PagedList<PersonListItem> Results { get; private set; } = new([], 1, Paging.DefaultPageSize, 0);

    public IReadOnlyList<NamedChoice> Incidents { get; private set; } = [];

    public bool CanEdit { get; private set; }

    public bool IsFiltered =>
        !string.IsNullOrWhiteSpace(Query) || Fate is not null || !string.IsNullOrWhiteSpace(Side) || Incident is not null || Contested;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.EditPeople)).Succeeded;
        Incidents = await choices.IncidentsAsync(cancellationToken);
        Results = await search.RunAsync(
            new PersonSearchCriteria(Query, Fate, string.IsNullOrWhiteSpace(Side) ? null : Side, Incident, PageNumber, Paging.DefaultPageSize, Contested ? true : null),
            cancellationToken);
    }

    /// <summary>The address of another page of the same search.</summary>
    public string? PageLink(int pageNumber) => Url.Page("/People/Index", new
    {
        q = string.IsNullOrWhiteSpace(Query) ? null : Query.Trim(),
        fate = Fate?.ToString(),
        side = string.IsNullOrWhiteSpace(Side) ? null : Side,
        incident = Incident,
        contested = Contested ? "true" : null,
        pageNumber,
    });
}
