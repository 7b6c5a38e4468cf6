using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Whereabouts.Application.Common;
using Whereabouts.Application.Legal;
using Whereabouts.Application.Persons;
using Whereabouts.Application.Tracing;
using Whereabouts.Web.Authorization;
using Whereabouts.Web.Pages.People;

namespace Whereabouts.Web.Pages.Tracing;

/// <summary>Answers a tracing request: the family notification form, prefilled with the request's relationship.</summary>
[Authorize(Policy = Policies.EditTracingRequests)]
internal sealed class AnswerModel(
    TracingRequestReader reader,
    TracingRequestEditor editor,
    FamilyNotifications notifications,
    PersonFormChoicesQuery choices,
    IStringLocalizer<AnswerModel> localizer) : PageModel
{
    [BindProperty]
    public NotificationForm Notification { get; set; } = new();

    public string Reference { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var found = await reader.FindAsync(id, cancellationToken);
        if (found is null)
        {
            return NotFound();
        }

        Notification.Recipient = found.Details.Relationship;
        return await ShowAsync(found, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            if (await editor.AnswerAsync(id, Notification.ToInput(), cancellationToken) is null)
            {
                return NotFound();
            }

            TempData[TracingNotice.Key] = localizer["The answer is recorded and the request is answered."].Value;
            return RedirectToPage("/Tracing/Details", new { id });
        }
        catch (ValidationFailedException e)
        {
            FormErrors.Add(ModelState, e, field => field is "tracingRequestId" or "personId" ? string.Empty : FormErrors.Under(nameof(Notification), field));
        }

        var found = await reader.FindAsync(id, cancellationToken);
        return found is null ? NotFound() : await ShowAsync(found, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(TracingRequestView found, CancellationToken cancellationToken)
    {
        Reference = found.Reference;
        ViewData["NotificationSources"] = (await choices.RunAsync(cancellationToken)).Sources;
        ViewData["NotificationEarlier"] = found.Person is { } person ? await notifications.ListAsync(person.Id, cancellationToken) ?? [] : [];
        return Page();
    }
}
