using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Whereabouts.Application.Common;
using Whereabouts.Application.Legal;
using Whereabouts.Web.Authorization;

namespace Whereabouts.Web.Pages.LegalCases;

/// <summary>The legal cases, latest lodged first, filtered by status, forum or person.</summary>
[Authorize(Policy = Policies.Read)]
internal sealed class IndexModel(LegalCaseReader reader, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "status")]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "forum")]
    public string? Forum { get; set; }

    [BindProperty(SupportsGet = true, Name = "person")]
    public Guid? PersonId { get; set; }

    [BindProperty(SupportsGet = true, Name = "pageNumber")]
    public int? PageNumber { get; set; }

    public PagedList<LegalCaseListItem> Results { get; private set; } = new([], 1, Paging.DefaultPageSize, 0);

    public bool CanAdd { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        CanAdd = (await authorization.AuthorizeAsync(User, Policies.EditLegalCases)).Succeeded;
        try
        {
            Results = await reader.ListAsync(new LegalCaseFilter(PersonId, Status, Forum), PageNumber, Paging.DefaultPageSize, cancellationToken);
        }
        catch (ValidationFailedException e)
        {
            FormErrors.Add(ModelState, e, string.Empty);
        }
    }

    /// <summary>The address of another page of the same list.</summary>
    public string? PageLink(int pageNumber) =>
        Url.Page("/LegalCases/Index", new { status = Blank(Status), forum = Blank(Forum), person = PersonId, pageNumber });

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
