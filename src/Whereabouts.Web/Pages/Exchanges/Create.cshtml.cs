using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Whereabouts.Application.Common;
using Whereabouts.Application.Exchanges;
using Whereabouts.Application.Persons;
using Whereabouts.Web.Authorization;

namespace Whereabouts.Web.Pages.Exchanges;

/// <summary>
/// Records an exchange; on success, redirects to it (post/redirect/get). The boxes of each side take
/// names or ids (<see cref="PeopleBox"/>); a name search on the same page lists people with their
/// ids and current fates, for the names that match more than one person.
/// </summary>
[Authorize(Policy = Policies.EditPeople)]
internal sealed class CreateModel(ExchangeRecorder recorder, PersonFormChoicesQuery choices, PersonSearch search, PersonLineResolver resolver, IStringLocalizer<CreateModel> localizer) : PageModel
{
    [BindProperty]
    public ExchangeForm Form { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "find")]
    public string? Find { get; set; }

    public PersonFormChoices Choices { get; private set; } = new([], [], []);

    public IReadOnlyList<PersonListItem> Found { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (toArmenian, armenianText) = await PeopleBox.ResolveAsync(resolver, ModelState, BoxKey(nameof(ExchangeForm.ToArmenian)), Form.ToArmenian, cancellationToken);
        var (toAzerbaijani, azerbaijaniText) = await PeopleBox.ResolveAsync(resolver, ModelState, BoxKey(nameof(ExchangeForm.ToAzerbaijani)), Form.ToAzerbaijani, cancellationToken);
        Form.ToArmenian = armenianText;
        Form.ToAzerbaijani = azerbaijaniText;
        if (ModelState.IsValid)
        {
            try
            {
                var saved = await recorder.RecordAsync(Form.ToInput(toArmenian, toAzerbaijani), cancellationToken);
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

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Choices = await choices.RunAsync(cancellationToken);
        if (!string.IsNullOrWhiteSpace(Find))
        {
            Found = (await search.RunAsync(new PersonSearchCriteria(Find, PageSize: 50), cancellationToken)).Items;
        }
    }
}
