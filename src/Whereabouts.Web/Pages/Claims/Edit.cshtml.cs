using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Whereabouts.Application.Claims;
using Whereabouts.Application.Common;
using Whereabouts.Application.Incidents;
using Whereabouts.Application.Places;
using Whereabouts.Application.Sources;
using Whereabouts.Storage;
using Whereabouts.Web.Authorization;
using Whereabouts.Web.Display;

namespace Whereabouts.Web.Pages.Claims;

/// <summary>Corrects a count claim against its sentence, and accepts it in the same step if asked.</summary>
[Authorize(Policy = Policies.EditSources)]
internal sealed class EditModel(ClaimReviews reviews, IncidentReader incidents, PlaceReader places, IStringLocalizer<EditModel> localizer) : PageModel
{
    public ClaimView Claim { get; private set; } = null!;

    [BindProperty]
    public ClaimForm Form { get; set; } = new();

    public ClaimFieldChoices Choices { get; private set; } = ClaimFieldChoices.None;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Form = ClaimForm.From(Claim);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, string? decision, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var input = Form.ToInput(ModelState, nameof(Form));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var accept = string.Equals(decision, "accept", StringComparison.Ordinal);
        try
        {
            var saved = await reviews.ReviseAsync(id, Form.Version, input, accept, cancellationToken);
            if (saved is null)
            {
                return NotFound();
            }

            TempData["Saved"] = accept ? localizer["The claim was corrected and accepted."].Value : localizer["The claim was corrected; it still waits for review."].Value;
            return RedirectToPage("/Claims/Index", new { source = saved.SourceId });
        }
        catch (ValidationFailedException e)
        {
            FormErrors.Add(ModelState, e, nameof(Form));
            return Page();
        }
        catch (ConcurrencyConflictException)
        {
            ModelState.AddModelError(string.Empty, Labels.Text("This record was changed by someone else after you loaded it; nothing was saved. Reload it and make your change again."));
            return Page();
        }
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var claim = await reviews.FindAsync(id, cancellationToken);
        if (claim is null)
        {
            return false;
        }

        Claim = claim;
        Choices = await ClaimFieldChoices.LoadAsync(incidents, places, cancellationToken);
        return true;
    }
}
