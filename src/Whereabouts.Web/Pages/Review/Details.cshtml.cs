using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Whereabouts.Application.Common;
using Whereabouts.Application.Lists;
using Whereabouts.Domain;
using Whereabouts.Storage;
using Whereabouts.Web.Authorization;

namespace Whereabouts.Web.Pages.Review;

/// <summary>
/// One possible match: the list's row and the registry person side by side, the engine's reasons
/// field by field, the other people the row may be, every judgement made, and the forms to judge,
/// undo the last judgement, or register the row as someone new.
/// </summary>
/// <remarks>
/// Every form carries the version of the match the reviewer looked at, so a judgement made
/// meanwhile by someone else is not silently overturned. A judgement that goes through redirects
/// back here (post-redirect-get), so reloading the page never judges twice.
/// </remarks>
[Authorize(Policy = Policies.EditPeople)]
internal sealed class DetailsModel(ReviewQueueQuery queue, MatchJudgements judgements, IStringLocalizer<DetailsModel> localizer) : PageModel
{
    private const string NoticeKey = "ReviewNotice";
    private const string NoticePersonKey = "ReviewNoticePerson";

    /// <summary>The version of the match the form was opened on.</summary>
    [BindProperty]
    public int Version { get; set; }

    /// <summary>The judgement: same, not the same, or unsure.</summary>
    [BindProperty]
    public MatchDecision? Decision { get; set; }

    /// <summary>Why (optional), with a judgement or an undo.</summary>
    [BindProperty]
    public string? Note { get; set; }

    /// <summary>The side of a person registered from the row.</summary>
    [BindProperty]
    public string? Side { get; set; }

    public MatchReview Match { get; private set; } = null!;

    /// <summary>What the last change did, shown once after the redirect.</summary>
    public string? Notice { get; private set; }

    /// <summary>The person the last change concerned, linked from the notice.</summary>
    public Guid? NoticePerson { get; private set; }

    /// <summary>
    /// After a change, the open match to look at next (the queue's first that is not this one:
    /// pending ones come before unsure ones); null when none is left or nothing was just changed.
    /// </summary>
    public Guid? NextItem { get; private set; }

    /// <summary>Whether a change was just made, so the page offers the next item (or says the queue is done).</summary>
    public bool JustChanged => Notice is not null;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Notice = TempData[NoticeKey] as string;
        // Temp data hands a GUID back as a Guid or as its text, depending on the serializer.
        NoticePerson = TempData[NoticePersonKey] switch
        {
            Guid person => person,
            string text when Guid.TryParse(text, out var person) => person,
            _ => null,
        };
        if (Notice is not null)
        {
            // Two are enough: an item judged "unsure" stays in the queue, but after every pending one.
            var open = await queue.ListAsync(1, 2, cancellationToken: cancellationToken);
            NextItem = open.Items.Select(i => i.MatchId).Where(m => m != id).Cast<Guid?>().FirstOrDefault();
        }

        return await ShowAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostJudgeAsync(Guid id, CancellationToken cancellationToken)
    {
        if (Decision is not (MatchDecision.Same or MatchDecision.NotSame or MatchDecision.Unsure))
        {
            ModelState.AddModelError(nameof(Decision), localizer["Choose: the same person, not the same, or unsure."]);
        }

        return await ChangeAsync(
            id,
            async match => await judgements.JudgeAsync(id, Version, Decision!.Value, Note, cancellationToken) is null ? null : match.Person.Id,
            match => Decision switch
            {
                MatchDecision.Same => match.Entry.Fate is null
                    ? localizer["Recorded: the row is {0}.", match.Person.DisplayName]
                    : localizer["Recorded: the row is {0}; what the list says about the fate is now on the dossier.", match.Person.DisplayName],
                MatchDecision.NotSame => localizer["Recorded: the row is not {0}.", match.Person.DisplayName],
                _ => localizer["Recorded as unsure: the match stays in the queue for someone who can tell."],
            },
            cancellationToken);
    }

    public Task<IActionResult> OnPostUndoAsync(Guid id, CancellationToken cancellationToken) => ChangeAsync(
        id,
        async match => await judgements.UndoAsync(id, Version, Note, cancellationToken) is null ? null : match.Person.Id,
        match => match.Decision == MatchDecision.Same && match.Entry.Fate is not null
            ? localizer["The last judgement is undone; the fate recorded from the list is retracted on the dossier."]
            : localizer["The last judgement is undone."],
        cancellationToken);

    public async Task<IActionResult> OnPostRegisterAsync(Guid id, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Side))
        {
            ModelState.AddModelError(nameof(Side), localizer["Choose the side of the new person."]);
        }

        return await ChangeAsync(
            id,
            match => judgements.RegisterAsync(match.Entry.Id, Side, cancellationToken),
            match => localizer["Registered the row as a new person, {0}.", ReviewLabels.NameOf(match.Entry)],
            cancellationToken);
    }

    /// <summary>
    /// Runs a change on the match the form was opened on; on success redirects back with a notice
    /// that links to the person concerned, otherwise shows the page with what was refused.
    /// </summary>
    private async Task<IActionResult> ChangeAsync(
        Guid id, Func<MatchReview, Task<Guid?>> change, Func<MatchReview, string> notice, CancellationToken cancellationToken)
    {
        var match = await queue.GetAsync(id, cancellationToken);
        if (match is null)
        {
            return NotFound();
        }

        // Judging and undoing check the version themselves; checking it here as well covers
        // registering, so every form of the page refuses a stale view alike.
        if (match.Version != Version)
        {
            ModelState.AddModelError(string.Empty, ConflictMessage);
        }
        else if (ModelState.IsValid)
        {
            try
            {
                var person = await change(match);
                if (person is null)
                {
                    return NotFound();
                }

                TempData[NoticeKey] = notice(match);
                TempData[NoticePersonKey] = person.Value.ToString();
                return RedirectToPage("/Review/Details", new { id });
            }
            catch (ValidationFailedException e)
            {
                FormErrors.Add(ModelState, e, string.Empty);
            }
            catch (DomainRuleException e)
            {
                ModelState.AddModelError(string.Empty, Display.SentenceText.Of(e.Sentence));
            }
            catch (ConcurrencyConflictException)
            {
                ModelState.AddModelError(string.Empty, ConflictMessage);
            }
        }

        return await ShowAsync(id, cancellationToken);
    }

    /// <summary>What a reviewer is told when someone else judged the match first.</summary>
    private string ConflictMessage =>
        localizer["Someone else judged this match while you were looking at it; nothing was saved. The page now shows their judgement: judge again if you still disagree."];

    private async Task<IActionResult> ShowAsync(Guid id, CancellationToken cancellationToken)
    {
        var match = await queue.GetAsync(id, cancellationToken);
        if (match is null)
        {
            return NotFound();
        }

        // The forms always carry the version shown, so after a conflict the reviewer judges
        // what is on the page now.
        Match = match;
        ModelState.Remove(nameof(Version));
        Version = match.Version;
        return Page();
    }
}
