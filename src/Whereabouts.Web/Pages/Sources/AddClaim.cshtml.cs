using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Whereabouts.Application.Claims;
using Whereabouts.Application.Common;
using Whereabouts.Application.Incidents;
using Whereabouts.Application.Places;
using Whereabouts.Application.Sources;
using Whereabouts.Web.Authorization;
using Whereabouts.Web.Pages.Claims;

namespace Whereabouts.Web.Pages.Sources;

/// <summary>
/// Adds by hand a count claim an analyst read in a source (a figure the extractor missed, or a
/// source it cannot read), with the same fields as an extracted claim and the sentence required.
/// </summary>
[Authorize(Policy = Policies.EditSources)]
internal sealed class AddClaimModel(SourceReader sources, ClaimReviews reviews, IncidentReader incidents, PlaceReader places, IStringLocalizer<AddClaimModel> localizer) : PageModel
{
    public SourceView Source { get; private set; } = null!;

    [BindProperty]
    public ClaimForm Form { get; set; } = new();

    public ClaimFieldChoices Choices { get; private set; } = ClaimFieldChoices.None;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
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

        try
        {
            var saved = await reviews.AddAsync(id, input, cancellationToken);
            if (saved is null)
            {
                return NotFound();
            }

            TempData["Saved"] = localizer["The claim is added: {0}.", ClaimLabels.Stated(saved)].Value;
            return Redirect($"/Sources/{id}");
        }
        catch (ValidationFailedException e)
        {
            FormErrors.Add(ModelState, e, nameof(Form));
            return Page();
        }
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var source = await sources.FindAsync(id, cancellationToken);
        if (source is null)
        {
            return false;
        }

        Source = source;
        Choices = await ClaimFieldChoices.LoadAsync(incidents, places, cancellationToken);
        return true;
    }
}
