using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Whereabouts.Application.Common;
using Whereabouts.Application.Legal;
using Whereabouts.Application.Persons;
using Whereabouts.Web.Authorization;

namespace Whereabouts.Web.Pages.People;

/// <summary>
/// Records what a person's family was told. The dossier carries the same form; this page shows it
/// again with the messages when something was wrong.
/// </summary>
[Authorize(Policy = Policies.FamilyNotifications)]
internal sealed class AddNotificationModel(FamilyNotifications notifications, PersonDossierQuery dossiers, PersonFormChoicesQuery choices, IStringLocalizer<AddNotificationModel> localizer) : PageModel
{
    [BindProperty]
    public NotificationForm Notification { get; set; } = new();

    public string DisplayName { get; private set; } = string.Empty;

    public Guid PersonId { get; private set; }

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) => ShowAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            if (await notifications.RecordAsync(id, Notification.ToInput(), cancellationToken) is null)
            {
                return NotFound();
            }

            TempData[PersonForms.NoticeKey] = localizer["What the family was told is recorded."].Value;
            return RedirectToPage("/People/Details", new { id });
        }
        catch (ValidationFailedException e)
        {
            FormErrors.Add(ModelState, e, nameof(Notification));
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
        ViewData["NotificationSources"] = (await choices.RunAsync(cancellationToken)).Sources;
        ViewData["NotificationEarlier"] = await notifications.ListAsync(id, cancellationToken) ?? [];
        return Page();
    }
}
