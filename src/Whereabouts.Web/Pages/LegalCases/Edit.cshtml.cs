using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Whereabouts.Application.Common;
using Whereabouts.Application.Legal;
using Whereabouts.Application.Persons;
using Whereabouts.Storage;
using Whereabouts.Web.Authorization;
using Whereabouts.Web.Display;

namespace Whereabouts.Web.Pages.LegalCases;

/// <summary>
/// Edits a legal case's description (status, sentence, people, counsel, charges, documents); its
/// proceedings are kept. A save from a stale page is refused with the reason, never merged silently.
/// </summary>
[Authorize(Policy = Policies.EditLegalCases)]
internal sealed class EditModel(LegalCaseEditor editor, LegalCaseReader reader, PersonFormChoicesQuery choices, PersonLineResolver resolver, IStringLocalizer<EditModel> localizer) : PageModel
{
    public LegalCaseView Case { get; private set; } = null!;

    [BindProperty]
    public LegalCaseForm Form { get; set; } = new();

    /// <summary>The version of the case the form was filled from.</summary>
    [BindProperty]
    public int Version { get; set; }

    public IReadOnlyList<SourceChoice> Sources { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Form = LegalCaseForm.From(Case);
        Version = Case.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var (people, shown) = await PeopleBox.ResolveAsync(resolver, ModelState, FormErrors.Under(nameof(Form), nameof(LegalCaseForm.PersonIds)), Form.PersonIds, cancellationToken);
        Form.PersonIds = shown;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            var saved = await editor.ReviseAsync(id, Version, Form.ToInput(people), cancellationToken);
            if (saved is null)
            {
                return NotFound();
            }

            TempData["Saved"] = localizer["The legal case was saved."].Value;
            return RedirectToPage("/LegalCases/Details", new { id });
        }
        catch (ValidationFailedException e)
        {
            FormErrors.Add(ModelState, e, nameof(Form));
        }
        catch (ConcurrencyConflictException)
        {
            ModelState.AddModelError(string.Empty, Labels.Text("This record was changed by someone else after you loaded it; nothing was saved. Reload it and make your change again."));
        }

        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var found = await reader.FindAsync(id, cancellationToken);
        if (found is null)
        {
            return false;
        }

        Case = found;
        Sources = (await choices.RunAsync(cancellationToken)).Sources;
        return true;
    }
}
