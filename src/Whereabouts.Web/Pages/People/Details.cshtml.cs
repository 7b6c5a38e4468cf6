using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Whereabouts.Application.Persons;
using Whereabouts.Web.Authorization;

namespace Whereabouts.Web.Pages.People;

/// <summary>A person's dossier: names, fate timeline with evidence, conflicts, incidents and history.</summary>
[Authorize(Policy = Policies.Read)]
internal sealed class DetailsModel(PersonDossierQuery query, IAuthorizationService authorization, TimeProvider time) : PageModel
{
    /// <summary>When the page was made, for the printed copy's header (UTC: a court file needs one unambiguous time).</summary>
    public string PrintedOn => time.GetUtcNow().ToString("d MMMM yyyy, HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture);

    public PersonDossier Dossier { get; private set; } = null!;

    public bool CanEdit { get; private set; }

    public string? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var dossier = await query.RunAsync(id, cancellationToken);
        if (dossier is null)
        {
            return NotFound();
        }

        Dossier = dossier;
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.EditPeople)).Succeeded;
        Notice = TempData[PersonForms.NoticeKey] as string;
        return Page();
    }

    /// <summary>The timeline entry with <paramref name="id"/>, for describing a conflict in the page's words.</summary>
    public DossierFate? Fate(Guid id) => Dossier.Timeline.FirstOrDefault(f => f.Id == id);
}
