using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Whereabouts.Application.Common;
using Whereabouts.Application.Persons;
using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Web.Pages.People;

/// <summary>
/// What the forms that change an existing person share: the version the form was opened on (so a
/// change made meanwhile by someone else is caught), the post-redirect-get on success, and the
/// refusals shown on the form.
/// </summary>
internal abstract class PersonEditPageModel(PersonDossierQuery dossiers, PersonFormChoicesQuery choices) : PageModel
{
    /// <summary>The version of the person the form was opened on.</summary>
    [BindProperty]
    public int Version { get; set; }

    /// <summary>The person's name, for the heading.</summary>
    public string DisplayName { get; private set; } = string.Empty;

    /// <summary>The person's id, for links back to the dossier.</summary>
    public Guid PersonId { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var dossier = await dossiers.RunAsync(id, cancellationToken);
        if (dossier is null)
        {
            return NotFound();
        }

        Version = dossier.Version;
        Fill(dossier);
        return await ShowAsync(dossier, cancellationToken);
    }

    /// <summary>Fills the form from the person when it is first opened.</summary>
    protected virtual void Fill(PersonDossier dossier)
    {
    }

    /// <summary>
    /// Reads what the page shows besides the form (the assertion being retracted), each time it is
    /// shown; false when the route names something the person does not have, which is then a 404.
    /// </summary>
    protected virtual bool Describe(PersonDossier dossier) => true;

    /// <summary>Runs a change; on success redirects to the dossier, otherwise shows the form with what was wrong.</summary>
    protected async Task<IActionResult> SaveAsync(
        Guid id, Func<Task<PersonSaved?>> save, Func<string, string> keyOf, string notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(save);
        var conflict = false;
        if (ModelState.IsValid)
        {
            try
            {
                if (await save() is null)
                {
                    return NotFound();
                }

                TempData[PersonForms.NoticeKey] = notice;
                return RedirectToPage("/People/Details", new { id });
            }
            catch (ValidationFailedException e)
            {
                FormErrors.Add(ModelState, e, keyOf);
            }
            catch (DomainRuleException e)
            {
                ModelState.AddModelError(string.Empty, Display.SentenceText.Of(e.Sentence));
            }
            catch (ConcurrencyConflictException)
            {
                ModelState.AddModelError(string.Empty, Display.Labels.Text(PersonForms.ConflictMessage));
                conflict = true;
            }
        }

        var dossier = await dossiers.RunAsync(id, cancellationToken);
        if (dossier is null)
        {
            return NotFound();
        }

        if (conflict)
        {
            // The form takes the current version, so submitting again (having looked) goes through.
            ModelState.Remove(nameof(Version));
            Version = dossier.Version;
        }

        return await ShowAsync(dossier, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(PersonDossier dossier, CancellationToken cancellationToken)
    {
        DisplayName = dossier.DisplayName;
        PersonId = dossier.Id;
        if (!Describe(dossier))
        {
            return NotFound();
        }

        ViewData[PersonForms.ChoicesKey] = await choices.RunAsync(cancellationToken);
        return Page();
    }
}
