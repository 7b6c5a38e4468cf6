using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Whereabouts.Application.Common;
using Whereabouts.Application.Control;
using Whereabouts.Application.Persons;
using Whereabouts.Web.Authorization;

namespace Whereabouts.Web.Pages.Places;

/// <summary>
/// Records a period of control of a place (who held it, from a source) and retracts one with a
/// reason. The place page shows the timeline.
/// </summary>
/// <remarks>Those who keep the gazetteer (<see cref="Policies.EditGazetteer"/>: analysts, caseworkers, administrators).</remarks>
[Authorize(Policy = Policies.EditGazetteer)]
internal sealed class ControlModel(
    PlaceControls controls, PersonFormChoicesQuery choices, IStringLocalizer<ControlModel> localizer) : PageModel
{
    [BindProperty]
    public ControlForm Period { get; set; } = new();

    [BindProperty]
    public ControlRetractionForm Retraction { get; set; } = new();

    public PlaceControlTimeline Timeline { get; private set; } = null!;

    public IReadOnlyList<SourceChoice> Sources { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) => ShowAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            if (await controls.RecordAsync(id, Period.ToInput(), cancellationToken) is null)
            {
                return NotFound();
            }

            TempData["Saved"] = localizer["The period of control is recorded."].Value;
            return Redirect($"/Places/{id}#control");
        }
        catch (ValidationFailedException e)
        {
            FormErrors.Add(ModelState, e, nameof(Period));
        }

        return await ShowAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostRetractAsync(Guid id, CancellationToken cancellationToken)
    {
        // Only a period of this place: the form names the period, the address the place.
        var own = await controls.TimelineAsync(id, cancellationToken);
        if (own is null || !own.Standing.Concat(own.Retracted).Any(p => p.Id == Retraction.PeriodId))
        {
            return NotFound();
        }

        try
        {
            await controls.RetractAsync(Retraction.PeriodId, new PlaceControlRetractionInput(Retraction.Reason), cancellationToken);
            TempData["Saved"] = localizer["The period of control is retracted."].Value;
            return Redirect($"/Places/{id}#control");
        }
        catch (ValidationFailedException e)
        {
            FormErrors.Add(ModelState, e, nameof(Retraction));
        }

        return await ShowAsync(id, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(Guid id, CancellationToken cancellationToken)
    {
        var timeline = await controls.TimelineAsync(id, cancellationToken);
        if (timeline is null)
        {
            return NotFound();
        }

        Timeline = timeline;
        Sources = (await choices.RunAsync(cancellationToken)).Sources;
        return Page();
    }
}
