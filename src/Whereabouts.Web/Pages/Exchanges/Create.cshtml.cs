using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Whereabouts.Application.Common;
using Whereabouts.Application.Exchanges;
using Whereabouts.Application.Parties;
using Whereabouts.Application.Persons;
using Whereabouts.Web.Authorization;

namespace Whereabouts.Web.Pages.Exchanges;

/// <summary>
/// Records an exchange between two of the registry's parties, chosen on the form; on success,
/// redirects to it (post/redirect/get). The box of each direction takes names or ids
/// (<see cref="PeopleBox"/>); a name search on the same page lists people with their ids and current
/// fates, for the names that match more than one person.
/// </summary>
[Authorize(Policy = Policies.EditPeople)]
internal sealed class CreateModel(
    ExchangeRecorder recorder,
    PersonFormChoicesQuery choices,
    PersonSearch search,
    PersonLineResolver resolver,
    PartyReader partyReader,
    IStringLocalizer<CreateModel> localizer) : PageModel
{
    [BindProperty]
    public ExchangeForm Form { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "find")]
    public string? Find { get; set; }

    public PersonFormChoices Choices { get; private set; } = new([], [], []);

    public IReadOnlyList<PersonListItem> Found { get; private set; } = [];

    public PartyList Parties { get; private set; } = PartyList.Empty;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);

        // Two parties preselected, so that a registry of two parties needs no choice.
        Form.FirstParty ??= Parties.Count > 0 ? Parties[0].Slug : null;
        Form.SecondParty ??= Parties.Count > 1 ? Parties[1].Slug : null;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Parties = await partyReader.ListAsync(cancellationToken);
        var first = CheckParty(nameof(ExchangeForm.FirstParty), Form.FirstParty);
        var second = CheckParty(nameof(ExchangeForm.SecondParty), Form.SecondParty);
        if (first is not null && second is not null && string.Equals(first.Slug, second.Slug, StringComparison.Ordinal))
        {
            ModelState.AddModelError(BoxKey(nameof(ExchangeForm.SecondParty)), localizer["Choose two different parties: an exchange moves people from one party to another."]);
        }

        var (firstToSecond, firstText) = await PeopleBox.ResolveAsync(resolver, ModelState, BoxKey(nameof(ExchangeForm.FirstToSecond)), Form.FirstToSecond, cancellationToken);
        var (secondToFirst, secondText) = await PeopleBox.ResolveAsync(resolver, ModelState, BoxKey(nameof(ExchangeForm.SecondToFirst)), Form.SecondToFirst, cancellationToken);
        Form.FirstToSecond = firstText;
        Form.SecondToFirst = secondText;
        if (ModelState.IsValid)
        {
            try
            {
                var saved = await recorder.RecordAsync(Form.ToInput(firstToSecond, secondToFirst, [first!.NameEn, second!.NameEn]), cancellationToken);
                TempData["Saved"] = localizer["The exchange was recorded and {0} people moved on in their fate history.", saved.Transfers.Count.ToString("N0", System.Globalization.CultureInfo.CurrentCulture)].Value;
                return RedirectToPage("/Exchanges/Details", new { id = saved.Id });
            }
            catch (ValidationFailedException e)
            {
                // Transfers are boxes of lines, not fields: their messages name the person and go to the summary.
                FormErrors.Add(ModelState, e, field => field switch
                {
                    _ when field.StartsWith("transfers", StringComparison.Ordinal) => string.Empty,
                    "sourceIds" => FormErrors.Under(nameof(Form), nameof(ExchangeForm.EvidenceSourceId)),
                    _ => FormErrors.Under(nameof(Form), field),
                });
            }
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private static string BoxKey(string box) => FormErrors.Under(nameof(Form), box);

    private PartyView? CheckParty(string field, string? slug)
    {
        if (Parties.Find(slug) is { } party)
        {
            return party;
        }

        ModelState.AddModelError(BoxKey(field), localizer["Choose a party of the registry."]);
        return null;
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Choices = await choices.RunAsync(cancellationToken);
        Parties = await partyReader.ListAsync(cancellationToken);
        if (!string.IsNullOrWhiteSpace(Find))
        {
            Found = (await search.RunAsync(new PersonSearchCriteria(Find, PageSize: 50), cancellationToken)).Items;
        }
    }
}
