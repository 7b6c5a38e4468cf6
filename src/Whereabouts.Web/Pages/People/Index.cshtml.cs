using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Whereabouts.Application.Common;
using Whereabouts.Application.Persons;
using Whereabouts.Domain;
using Whereabouts.Web.Authorization;
using Whereabouts.Web.Display;

namespace Whereabouts.Web.Pages.People;

/// <summary>Finds people by name in any script or spelling, filtered by fate, side, incident and contested.</summary>
[Authorize(Policy = Policies.Read)]
internal sealed class IndexModel(PersonSearch search, PersonNameFormsQuery nameForms, PersonFormChoicesQuery choices, IAuthorizationService authorization) : PageModel
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

    /// <summary>Each listed person's name forms, those in the reader's script first.</summary>
    public IReadOnlyDictionary<Guid, IReadOnlyList<string>> Names { get; private set; } = new Dictionary<Guid, IReadOnlyList<string>>();

    public bool IsFiltered =>
        !string.IsNullOrWhiteSpace(Query) || Fate is not null || !string.IsNullOrWhiteSpace(Side) || Incident is not null || Contested;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.EditPeople)).Succeeded;
        Incidents = await choices.IncidentsAsync(cancellationToken);
        Results = await search.RunAsync(
            new PersonSearchCriteria(Query, Fate, string.IsNullOrWhiteSpace(Side) ? null : Side, Incident, PageNumber, Paging.DefaultPageSize, Contested ? true : null),
            cancellationToken);
        var script = ReaderScript.Current;
        Names = (await nameForms.RunAsync([.. Results.Items.Select(p => p.Id)], cancellationToken))
            .ToDictionary(p => p.Key, p => ReaderScript.FirstIn(script, p.Value, name => name));
    }

    /// <summary>The name <paramref name="person"/> is listed under: the first form in the reader's script, else the primary name.</summary>
    public string ShownName(PersonListItem person) =>
        Names.TryGetValue(person.Id, out var names) && names.Count > 0 ? names[0] : person.DisplayName;

    /// <summary><paramref name="person"/>'s other name forms, shown beside the name they are listed under.</summary>
    public IReadOnlyList<string> OtherNames(PersonListItem person) =>
        Names.TryGetValue(person.Id, out var names) ? [.. names.Skip(1).Where(n => n != names[0]).Distinct(StringComparer.Ordinal)] : [];

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
