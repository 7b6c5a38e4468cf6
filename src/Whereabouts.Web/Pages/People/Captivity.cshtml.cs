using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Whereabouts.Application.Captivity;
using Whereabouts.Application.Common;
using Whereabouts.Application.Persons;
using Whereabouts.Web.Authorization;

namespace Whereabouts.Web.Pages.People;

/// <summary>
/// Records an event of captivity for a person (the capture notified, confirmed by the ICRC, a visit,
/// a capture card, a message), and retracts one with a reason. The dossier shows them.
/// </summary>
/// <remarks>
/// Caseworkers and administrators only (<see cref="Policies.EditPeople"/>), as for fates: these
/// events are the evidence an ombudsman's report and an application to the ECHR rest on, and
/// counsel argue one side's case from them. Counsel read them on the dossier and ask a caseworker
/// to record what they found, so the record and the advocacy stay in different hands.
/// </remarks>
[Authorize(Policy = Policies.EditPeople)]
internal sealed class CaptivityModel(
    CaptivityEvents events, PersonDossierQuery dossiers, PersonFormChoicesQuery choices, IStringLocalizer<CaptivityModel> localizer) : PageModel
{
    [BindProperty]
    public CaptivityEventForm Event { get; set; } = new();

    [BindProperty]
    public CaptivityRetractionForm Retraction { get; set; } = new();

    public string DisplayName { get; private set; } = string.Empty;

    public Guid PersonId { get; private set; }

    public IReadOnlyList<CaptivityEventView> Events { get; private set; } = [];

    public IReadOnlyList<SourceChoice> Sources { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) => ShowAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            if (await events.RecordAsync(id, Event.ToInput(), cancellationToken) is null)
            {
                return NotFound();
            }

            TempData[PersonForms.NoticeKey] = localizer["The event of captivity is recorded."].Value;
            return Redirect($"/People/{id}#captivity");
        }
        catch (ValidationFailedException e)
        {
            FormErrors.Add(ModelState, e, nameof(Event));
        }

        return await ShowAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostRetractAsync(Guid id, CancellationToken cancellationToken)
    {
        // Only an event of this person's identity: the form names the event, the address the person.
        var own = await events.ListAsync(id, cancellationToken);
        if (own is null || !own.Any(e => e.Id == Retraction.EventId))
        {
            return NotFound();
        }

        try
        {
            await events.RetractAsync(Retraction.EventId, new CaptivityRetractionInput(Retraction.Reason), cancellationToken);
            TempData[PersonForms.NoticeKey] = localizer["The event of captivity is retracted."].Value;
            return Redirect($"/People/{id}#captivity");
        }
        catch (ValidationFailedException e)
        {
            FormErrors.Add(ModelState, e, nameof(Retraction));
        }

        return await ShowAsync(id, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(Guid id, CancellationToken cancellationToken)
    {
        var dossier = await dossiers.RunAsync(id, cancellationToken);
        if (dossier is null)
        {
            return NotFound();
        }

        DisplayName = dossier.DisplayName;
        PersonId = dossier.Id;
        Events = await events.ListAsync(id, cancellationToken) ?? [];
        Sources = (await choices.RunAsync(cancellationToken)).Sources;
        return Page();
    }
}
