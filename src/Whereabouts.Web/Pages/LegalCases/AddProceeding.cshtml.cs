using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Whereabouts.Application.Common;
using Whereabouts.Application.Legal;
using Whereabouts.Application.Persons;
using Whereabouts.Storage;
using Whereabouts.Web.Authorization;

namespace Whereabouts.Web.Pages.LegalCases;

/// <summary>Records a hearing, a decision or another dated step of a case.</summary>
[Authorize(Policy = Policies.EditLegalCases)]
internal sealed class AddProceedingModel(LegalCaseReader reader, LegalCaseEditor editor, PersonFormChoicesQuery choices, IStringLocalizer<AddProceedingModel> localizer) : PageModel
{
    [BindProperty]
    public ProceedingForm Step { get; set; } = new();

    /// <summary>The version of the case the form was opened on.</summary>
    [BindProperty]
    public int Version { get; set; }

    public LegalCaseView Case { get; private set; } = null!;

    public IReadOnlyList<SourceChoice> Sources { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Version = Case.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            var saved = await editor.AddProceedingAsync(id, new ProceedingInput(Step.On, Step.Kind, Step.Description, Step.SourceId), Version, cancellationToken);
            if (saved is null)
            {
                return NotFound();
            }

            TempData["Saved"] = localizer["The step was recorded."].Value;
            return RedirectToPage("/LegalCases/Details", new { id });
        }
        catch (ValidationFailedException e)
        {
            FormErrors.Add(ModelState, e, nameof(Step));
        }
        catch (ConcurrencyConflictException)
        {
            ModelState.AddModelError(string.Empty, localizer["Someone changed this case after you opened the form. Look at the case again, then submit once more."].Value);
            ModelState.Remove(nameof(Version));
        }

        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Version = Case.Version;
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
