using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Whereabouts.Application.Common;
using Whereabouts.Application.Legal;
using Whereabouts.Application.Persons;
using Whereabouts.Storage;
using Whereabouts.Web.Authorization;

namespace Whereabouts.Web.Pages.LegalCases;

/// <summary>Records a hearing, a decision or another dated step of a case.</summary>
[Authorize(Policy = Policies.EditLegalCases)]
internal sealed class AddProceedingModel(LegalCaseReader reader, LegalCaseEditor editor, PersonFormChoicesQuery choices) : PageModel
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

            TempData["Saved"] = "The step was recorded.";
            return RedirectToPage("/LegalCases/Details", new { id });
        }
        catch (ValidationFailedException e)
        {
            FormErrors.Add(ModelState, e, nameof(Step));
        }
        catch (ConcurrencyConflictException)
        {
            ModelState.AddModelError(string.Empty, "Someone changed this case after you opened the form. Look at the case again, then submit once more.");
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

    /// <summary>The step's fields as text, checked by the use case.</summary>
    internal sealed class ProceedingForm
    {
        [Display(Name = "Date")]
        public string? On { get; set; }

        [Display(Name = "Step")]
        public string? Kind { get; set; } = nameof(Domain.ProceedingKind.Hearing);

        [Display(Name = "What happened")]
        public string? Description { get; set; }

        [Display(Name = "Document")]
        public Guid? SourceId { get; set; }
    }
}
