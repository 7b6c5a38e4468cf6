using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Whereabouts.Application.Common;
using Whereabouts.Application.Verification;

namespace Whereabouts.Web.Pages;

/// <summary>
/// The page behind a verification panel's form (of a source or a file): records the step and goes
/// back to the item's page, or shows the panel again with what was refused and why.
/// </summary>
internal abstract class VerificationPageModel(EvidenceVerification verification, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public VerificationForm Form { get; set; } = new();

    public VerificationSubject Subject { get; private set; } = null!;

    /// <summary>Set when the step was refused because someone recorded one meanwhile.</summary>
    public string? Conflict { get; private set; }

    protected async Task<IActionResult> ShowAsync(VerificationSubject subject, CancellationToken cancellationToken)
    {
        Subject = subject;
        return await verification.HistoryAsync(subject, cancellationToken) is null ? NotFound() : Page();
    }

    protected async Task<IActionResult> RecordAsync(VerificationSubject subject, string back, CancellationToken cancellationToken)
    {
        Subject = subject;
        try
        {
            if (await verification.RecordAsync(subject, Form.ToInput(), cancellationToken) is null)
            {
                return NotFound();
            }

            TempData["Saved"] = localizer["The verification step is recorded."].Value;
            return Redirect(back + "#verification");
        }
        catch (ValidationFailedException e)
        {
            FormErrors.Add(ModelState, e, string.Empty);
        }
        catch (VerificationConflictException e)
        {
            Conflict = Display.SentenceText.Of(e.Sentence);
            ModelState.AddModelError(string.Empty, Conflict);
        }

        ViewData["VerificationForm"] = Form;
        return Page();
    }
}
