using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Whereabouts.Application.Common;
using Whereabouts.Application.Persons;
using Whereabouts.Application.Tracing;
using Whereabouts.Domain;
using Whereabouts.Web.Authorization;

namespace Whereabouts.Web.Pages.Tracing;

/// <summary>
/// Links a tracing request to the registry person it is about, found by name (staff only: the
/// public never searches by name), or registers that person from the request.
/// </summary>
[Authorize(Policy = Policies.EditTracingRequests)]
internal sealed class LinkModel(TracingRequestReader reader, TracingRequestEditor editor, PersonSearch search, IStringLocalizer<LinkModel> localizer) : PageModel
{
    private const int Shown = 20;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty]
    public SoughtPersonForm Person { get; set; } = new();

    public string Reference { get; private set; } = string.Empty;

    public string SoughtName { get; private set; } = string.Empty;

    public IReadOnlyList<PersonListItem> Found { get; private set; } = [];

    public IReadOnlyList<DuplicateCandidate> Duplicates { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var found = await reader.FindAsync(id, cancellationToken);
        if (found is null)
        {
            return NotFound();
        }

        Person = SoughtPersonForm.Guess(found.Details.SoughtName);
        return await ShowAsync(found, cancellationToken);
    }

    public async Task<IActionResult> OnPostLinkAsync(Guid id, Guid personId, CancellationToken cancellationToken)
    {
        try
        {
            if (await editor.LinkAsync(id, personId, cancellationToken) is null)
            {
                return NotFound();
            }

            TempData[TracingNotice.Key] = localizer["The request is linked to the person."].Value;
            return RedirectToPage("/Tracing/Details", new { id });
        }
        catch (ValidationFailedException e)
        {
            FormErrors.Add(ModelState, e, _ => string.Empty);
        }

        return await ReshowAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostRegisterAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            if (await editor.RegisterPersonAsync(id, Person.ToInput(), cancellationToken) is null)
            {
                return NotFound();
            }

            TempData[TracingNotice.Key] = localizer["The person is registered from the request and linked to it."].Value;
            return RedirectToPage("/Tracing/Details", new { id });
        }
        catch (ValidationFailedException e)
        {
            FormErrors.Add(ModelState, e, field => field == "personId" ? string.Empty : FormErrors.Under(nameof(Person), field));
        }
        catch (PossibleDuplicatesException e)
        {
            Duplicates = e.Candidates;
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError(string.Empty, Display.SentenceText.Of(e.Sentence));
        }

        return await ReshowAsync(id, cancellationToken);
    }

    private async Task<IActionResult> ReshowAsync(Guid id, CancellationToken cancellationToken)
    {
        var found = await reader.FindAsync(id, cancellationToken);
        return found is null ? NotFound() : await ShowAsync(found, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(TracingRequestView found, CancellationToken cancellationToken)
    {
        Reference = found.Reference;
        SoughtName = found.Details.SoughtName;
        Query = string.IsNullOrWhiteSpace(Query) ? null : Query.Trim();
        if (Query is not null)
        {
            Found = (await search.RunAsync(new PersonSearchCriteria(Text: Query, PageSize: Shown), cancellationToken)).Items;
        }

        return Page();
    }
}
