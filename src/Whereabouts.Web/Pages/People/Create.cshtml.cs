using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Whereabouts.Application.Common;
using Whereabouts.Application.Persons;
using Whereabouts.Domain;
using Whereabouts.Web.Authorization;

namespace Whereabouts.Web.Pages.People;

/// <summary>Registers a person: a first spelling, the details and, optionally, the first report of their fate.</summary>
/// <remarks>
/// When the linkage engine finds registry records likely to be the same person, nothing is saved and
/// the form comes back with them and the engine's reasons: the caseworker either adds the spelling
/// and the fate to one of them, or confirms a different person (each record shown is then recorded
/// as not the same).
/// </remarks>
[Authorize(Policy = Policies.EditPeople)]
internal sealed class CreateModel(PersonCommands commands, PersonFormChoicesQuery choices, IStringLocalizer<CreateModel> localizer) : PageModel
{
    private static readonly HashSet<string> NameFields = new(StringComparer.Ordinal) { "givenName", "familyName", "patronymic", "origin" };

    [BindProperty]
    public NameForm Name { get; set; } = new();

    [BindProperty]
    public DetailsForm Details { get; set; } = new();

    [BindProperty]
    public FateForm Fate { get; set; } = new();

    /// <summary>The caseworker saw the likely duplicates and registers a different person.</summary>
    [BindProperty]
    public bool ConfirmedNew { get; set; }

    /// <summary>The record the caseworker chose to add the spelling and fate to, instead of registering.</summary>
    [BindProperty]
    public Guid? AddTo { get; set; }

    /// <summary>Registry records likely to be the person entered; empty until the engine finds some.</summary>
    public IReadOnlyList<DuplicateCandidate> Candidates { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadChoicesAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (ModelState.IsValid)
        {
            try
            {
                var fate = Fate.IsEmpty ? null : Fate.ToInput();
                if (AddTo is { } existing)
                {
                    var added = await commands.AddToExistingAsync(existing, Name.ToInput(), fate, cancellationToken);
                    if (added is null)
                    {
                        return NotFound();
                    }

                    TempData[PersonForms.NoticeKey] = localizer["The spelling and the fate are added to the person already registered."].Value;
                    return RedirectToPage("/People/Details", new { id = added.PersonId });
                }

                var saved = await commands.RegisterAsync(
                    new RegisterPersonInput(Name.ToInput(), Details.ToInput(), fate, ConfirmedNew),
                    cancellationToken);
                TempData[PersonForms.NoticeKey] = localizer["The person is registered."].Value;
                return RedirectToPage("/People/Details", new { id = saved.PersonId });
            }
            catch (PossibleDuplicatesException e)
            {
                Candidates = e.Candidates;
            }
            catch (ValidationFailedException e)
            {
                FormErrors.Add(ModelState, e, KeyOf);
            }
            catch (DomainRuleException e)
            {
                ModelState.AddModelError(string.Empty, Display.SentenceText.Of(e.Sentence));
            }
        }

        await LoadChoicesAsync(cancellationToken);
        return Page();
    }

    // The use case names the name and details fields flat, as the API's JSON does; the form groups them.
    private static string KeyOf(string field) => field switch
    {
        "nameSourceId" => "Name.SourceId",
        _ when NameFields.Contains(field) => FormErrors.Under(nameof(Name), field),
        _ when field.StartsWith("fate.", StringComparison.Ordinal) => FormErrors.Under(nameof(Fate), field["fate.".Length..]),
        _ => FormErrors.Under(nameof(Details), field),
    };

    private async Task LoadChoicesAsync(CancellationToken cancellationToken) =>
        ViewData[PersonForms.ChoicesKey] = await choices.RunAsync(cancellationToken);
}
