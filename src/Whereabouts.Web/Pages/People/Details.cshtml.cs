using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Whereabouts.Application.Captivity;
using Whereabouts.Application.Control;
using Whereabouts.Application.Identities;
using Whereabouts.Application.Legal;
using Whereabouts.Application.Lists;
using Whereabouts.Application.Persons;
using Whereabouts.Web.Authorization;
using Whereabouts.Web.Display;

namespace Whereabouts.Web.Pages.People;

/// <summary>
/// A person's dossier: names, fate timeline with evidence, conflicts, incidents, legal cases, what
/// the family was told (for those who may see it) and history.
/// </summary>
[Authorize(Policy = Policies.Read)]
internal sealed class DetailsModel(
    PersonDossierPageQuery query,
    FamilyNotifications notifications,
    PersonFormChoicesQuery choices,
    IAuthorizationService authorization,
    DossierHistory history,
    TimeProvider time) : PageModel
{
    /// <summary>When the page was made, for the printed copy's header (UTC: a court file needs one unambiguous time).</summary>
    public string PrintedOn => Labels.Time(time.GetUtcNow());

    public PersonDossier Dossier { get; private set; } = null!;

    /// <summary>The identity the record belongs to: the other records judged the same person, their names and fates.</summary>
    public PersonIdentity Identity { get; private set; } = null!;

    /// <summary>The person's name forms, those in the reader's script first.</summary>
    public IReadOnlyList<DossierName> Names { get; private set; } = [];

    /// <summary>The name the page is headed with: the first form in the reader's script, else the primary form.</summary>
    public string Heading => Names.Count > 0 ? Names[0].FullName : Dossier.DisplayName;

    /// <summary>The history of changes in sentences, newest first.</summary>
    public IReadOnlyList<HistorySentence> History { get; private set; } = [];

    public bool CanEdit { get; private set; }

    public string? Notice { get; private set; }

    /// <summary>The newer versions of lists of captives the person is gone from, while no caseworker has acknowledged it.</summary>
    public IReadOnlyList<ListDeparture> Departures { get; private set; } = [];

    public IReadOnlyList<LegalCaseView> LegalCases { get; private set; } = [];

    /// <summary>What the detaining side owed the record's identity as a captive and what it did (today's, on a past day's dossier too).</summary>
    public CaptivityDossier Captivity { get; private set; } = null!;

    /// <summary>Who held the place of capture on the day of capture, or null when no assertion of captivity names a place.</summary>
    public PlaceControlAt? CaptureControl { get; private set; }

    public bool CanEditLegalCases { get; private set; }

    /// <summary>What the family was told; null when the reader may not see it (viewers, analysts).</summary>
    public IReadOnlyList<NotificationView>? Notifications { get; private set; }

    /// <summary>An empty notification form, rendered with the dossier.</summary>
    public NotificationForm Notification { get; } = new();

    /// <summary>
    /// The day the dossier is asked for as recorded on (<c>?recordedOn=YYYY-MM-DD</c>, up to today), for a
    /// court file; blank for the dossier as it stands now. A wrong one is named beside its field.
    /// </summary>
    [BindProperty(SupportsGet = true, Name = Shared.AsOfQuery.RecordedOnName)]
    public string? RecordedOn { get; set; }

    /// <summary>The day the dossier shows the registry as recorded on, or null for today's dossier.</summary>
    public DateOnly? RecordedDay => Dossier.RecordedOn;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var recordedOn = Shared.AsOfQuery.ReadRecordedOn(RecordedOn, time, ModelState);
        var page = await query.RunAsync(id, recordedOn, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        var dossier = page.Dossier;
        Dossier = dossier;
        Identity = page.Identity;
        Captivity = page.Captivity;
        CaptureControl = page.CaptureControl;
        Names = ReaderScript.FirstIn(ReaderScript.Current, dossier.Names, n => n.FullName);
        History = history.Describe(dossier);

        // A past day's registry is read, never corrected: its page offers no edits.
        CanEdit = recordedOn is null && (await authorization.AuthorizeAsync(User, Policies.EditPeople)).Succeeded;
        CanEditLegalCases = recordedOn is null && (await authorization.AuthorizeAsync(User, Policies.EditLegalCases)).Succeeded;
        LegalCases = page.LegalCases;
        if ((await authorization.AuthorizeAsync(User, Policies.FamilyNotifications)).Succeeded)
        {
            var told = await notifications.ListAsync(id, cancellationToken) ?? [];
            Notifications = recordedOn is { } day ? [.. told.Where(n => Application.Reports.RecordedDay.Holds(day, n.RecordedAt))] : told;
            ViewData["NotificationSources"] = (await choices.RunAsync(cancellationToken)).Sources;
            ViewData["NotificationEarlier"] = Notifications;
        }

        Notice = TempData[PersonForms.NoticeKey] as string;
        Departures = page.Departures;
        return Page();
    }

    /// <summary>The timeline entry with <paramref name="id"/>, for describing a conflict in the page's words.</summary>
    public DossierFate? Fate(Guid id) => Dossier.Timeline.FirstOrDefault(f => f.Id == id);
}
