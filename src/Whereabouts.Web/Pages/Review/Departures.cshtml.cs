using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Whereabouts.Application.Common;
using Whereabouts.Application.Lists;
using Whereabouts.Domain;
using Whereabouts.Web.Authorization;

namespace Whereabouts.Web.Pages.Review;

/// <summary>
/// Every person gone from a newer version of a list of captives whom no caseworker has yet
/// acknowledged, across lists, each with the form to acknowledge it once (this page also takes
/// the form from a list's "what changed" page).
/// </summary>
[Authorize(Policy = Policies.EditPeople)]
internal sealed class DeparturesModel(ListDepartures departures, IStringLocalizer<DeparturesModel> localizer) : PageModel
{
    /// <summary>The temp-data key of the notice shown after an acknowledgement, here or on the list's changes page.</summary>
    public const string NoticeKey = "DepartureNotice";

    /// <summary>The value of <see cref="Back"/> that returns to the list's changes page.</summary>
    public const string BackToChanges = "changes";

    /// <summary>The newer version of the list.</summary>
    [BindProperty]
    public Guid List { get; set; }

    /// <summary>The gone row (its entry in the earlier version).</summary>
    [BindProperty]
    public Guid Entry { get; set; }

    /// <summary>What was done or found (optional).</summary>
    [BindProperty]
    public string? Note { get; set; }

    /// <summary>Where to return: <see cref="BackToChanges"/>, or this page.</summary>
    [BindProperty]
    public string? Back { get; set; }

    public IReadOnlyList<ListDeparture> Pending { get; private set; } = [];

    public string? Notice { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Notice = TempData[NoticeKey] as string;
        Pending = await departures.PendingAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAcknowledgeAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (await departures.AcknowledgeAsync(List, Entry, Note, cancellationToken) is null)
            {
                return NotFound();
            }

            TempData[NoticeKey] = localizer["Acknowledged: the departure is no longer highlighted."].Value;
            return string.Equals(Back, BackToChanges, StringComparison.Ordinal)
                ? RedirectToPage("/Sources/Changes", new { id = List })
                : RedirectToPage("/Review/Departures");
        }
        catch (ValidationFailedException e)
        {
            FormErrors.Add(ModelState, e, string.Empty);
        }
        catch (DomainRuleException e) when (string.Equals(e.Rule, "list-departure.already-acknowledged", StringComparison.Ordinal))
        {
            ModelState.AddModelError(string.Empty, localizer["Someone has acknowledged this departure already; it is acknowledged once."]);
        }
        catch (DomainRuleException)
        {
            ModelState.AddModelError(string.Empty, localizer["This row is not a departure to acknowledge: it is not linked to a person the earlier version held captive."]);
        }

        Pending = await departures.PendingAsync(cancellationToken);
        return Page();
    }
}
