using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Whereabouts.Application.Common;
using Whereabouts.Application.Identities;
using Whereabouts.Application.Persons;
using Whereabouts.Domain;
using Whereabouts.Storage;
using Whereabouts.Web.Authorization;
using Whereabouts.Web.Display;

namespace Whereabouts.Web.Pages.People;

/// <summary>
/// "Same person as…": finds another record by name in any script or by id, shows it beside this
/// one, and records a judgement (the same person, not the same, unsure) with a note; joining records
/// whose sides or service numbers differ asks for a confirmation. Also undoes a standing judgement.
/// Nothing is merged: the records stay as they are and the judgement joins them into one identity.
/// </summary>
[Authorize(Policy = Policies.EditPeople)]
internal sealed class SamePersonModel(
    PersonDossierQuery dossiers,
    PersonIdentityQuery identities,
    PersonSearch search,
    SamePersonJudgements judgements,
    IStringLocalizer<SamePersonModel> localizer) : PageModel
{
    public PersonDossier Dossier { get; private set; } = null!;

    public PersonIdentity Identity { get; private set; } = null!;

    /// <summary>Names in any script, or an id, to find the other record by.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    /// <summary>The other record, once chosen.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? OtherId { get; set; }

    [BindProperty]
    public MatchDecision Decision { get; set; } = MatchDecision.Same;

    [BindProperty]
    public string? Note { get; set; }

    /// <summary>That the judge saw what sets the records apart and joins them all the same.</summary>
    [BindProperty]
    public bool Confirmed { get; set; }

    /// <summary>The standing judgement to undo.</summary>
    [BindProperty]
    public Guid JudgementId { get; set; }

    /// <summary>The record of the identity in the judged pair (an undo is asked of it).</summary>
    [BindProperty]
    public Guid RecordId { get; set; }

    /// <summary>The records found by <see cref="Q"/>, this identity left out.</summary>
    public IReadOnlyList<PersonListItem> Found { get; private set; } = [];

    /// <summary>The other record's dossier, once chosen.</summary>
    public PersonDossier? Other { get; private set; }

    /// <summary>What sets the two records apart, in the reader's language; joining them then needs a confirmation.</summary>
    public IReadOnlyList<string> Differences { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostJudgeAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            var judged = await judgements.JudgeAsync(id, OtherId ?? Guid.Empty, Decision, Note, Confirmed, PairOrigin.Caseworker, cancellationToken);
            if (judged is null)
            {
                return NotFound();
            }

            TempData[PersonForms.NoticeKey] = Decision switch
            {
                MatchDecision.Same => localizer["The records are judged to be one person."].Value,
                MatchDecision.NotSame => localizer["The records are judged not to be the same person."].Value,
                _ => localizer["Recorded: unsure whether the records are one person."].Value,
            };
            return RedirectToPage("/People/Details", new { id });
        }
        catch (ValidationFailedException e)
        {
            FormErrors.Add(ModelState, e, field => FormErrors.Under(string.Empty, field));
        }
        catch (DomainRuleException e) when (string.Equals(e.Rule, "identity.confirmation-required", StringComparison.Ordinal))
        {
            ModelState.AddModelError(nameof(Confirmed), localizer["These records differ as shown. If they are one person all the same, tick the confirmation and say why in the note."]);
        }
        catch (DomainRuleException e)
        {
            ModelState.AddModelError(string.Empty, SentenceText.Of(e.Sentence));
        }
        catch (ConcurrencyConflictException)
        {
            ModelState.AddModelError(string.Empty, localizer["Someone judged these records at the same moment; nothing was saved. Look again and judge."]);
        }

        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostUndoAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            if (await judgements.UndoAsync(RecordId, JudgementId, Note, cancellationToken) is null)
            {
                return NotFound();
            }

            TempData[PersonForms.NoticeKey] = localizer["The judgement is undone; the records stand as they did before it."].Value;
            return RedirectToPage("/People/Details", new { id });
        }
        catch (ValidationFailedException e)
        {
            FormErrors.Add(ModelState, e, field => FormErrors.Under(string.Empty, field));
        }
        catch (DomainRuleException)
        {
            // Only the standing judgement can be undone: someone judged the pair again meanwhile.
            ModelState.AddModelError(string.Empty, localizer["This judgement no longer stands (someone judged these records since); nothing was undone."]);
        }
        catch (ConcurrencyConflictException)
        {
            ModelState.AddModelError(string.Empty, localizer["Someone judged these records at the same moment; nothing was saved. Look again and judge."]);
        }

        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var dossier = await dossiers.RunAsync(id, cancellationToken);
        var identity = await identities.ForDossierAsync(id, cancellationToken);
        if (dossier is null || identity is null)
        {
            return false;
        }

        Dossier = dossier;
        Identity = identity;
        if (OtherId is { } otherId && otherId != Guid.Empty)
        {
            Other = await dossiers.RunAsync(otherId, cancellationToken);
            if (Other is null)
            {
                ModelState.AddModelError(nameof(OtherId), localizer["No person in the registry has this id."]);
            }
            else
            {
                Differences = DifferencesOf(dossier.Details, Other.Details);
            }
        }

        if (!string.IsNullOrWhiteSpace(Q) && Other is null)
        {
            var own = identity.Records.Select(r => r.Id).ToHashSet();
            var found = await search.RunAsync(new PersonSearchCriteria(Text: Q, PageSize: 20), cancellationToken);
            Found = [.. found.Items.Where(i => !own.Contains(i.Id))];
        }

        return true;
    }

    private List<string> DifferencesOf(PersonDetails person, PersonDetails other)
    {
        var differences = new List<string>();
        if (SamePersonJudgements.SidesDiffer(person, other))
        {
            differences.Add(localizer["The records are of different sides: {0} and {1}.", Labels.Of(person.Side), Labels.Of(other.Side)]);
        }

        if (SamePersonJudgements.ServiceNumbersDiffer(person, other))
        {
            differences.Add(localizer["The records have different service numbers: {0} and {1}.", person.ServiceNumber!, other.ServiceNumber!]);
        }

        return differences;
    }
}
