using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Whereabouts.Application.Common;
using Whereabouts.Application.Identities;
using Whereabouts.Domain;
using Whereabouts.Storage;
using Whereabouts.Web.Authorization;

namespace Whereabouts.Web.Pages.Review;

/// <summary>
/// Two registry records that may be one person, side by side with the engine's reasons field by
/// field and every judgement made, and the form to judge them: the same person, not the same, or
/// unsure. Joining records that differ in side or service number needs a confirmation and a note.
/// </summary>
/// <remarks>
/// The form carries the pair's version, so a judgement made meanwhile by someone else is not
/// silently overturned; a judgement that goes through redirects back here (post-redirect-get).
/// </remarks>
[Authorize(Policy = Policies.EditPeople)]
internal sealed class PairModel(PairReviewQuery pairs, SamePersonJudgements judgements, IStringLocalizer<PairModel> localizer) : PageModel
{
    private const string NoticeKey = "PairNotice";

    /// <summary>The version of the pair the form was opened on.</summary>
    [BindProperty]
    public int Version { get; set; }

    /// <summary>The judgement: same, not the same, or unsure.</summary>
    [BindProperty]
    public MatchDecision? Decision { get; set; }

    /// <summary>Why; required with <see cref="Confirmed"/>.</summary>
    [BindProperty]
    public string? Note { get; set; }

    /// <summary>That the reviewer saw what sets the records apart and joins them anyway.</summary>
    [BindProperty]
    public bool Confirmed { get; set; }

    public PairReview Pair { get; private set; } = null!;

    /// <summary>What the last judgement did, shown once after the redirect.</summary>
    public string? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Notice = TempData[NoticeKey] as string;
        return await ShowAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (Decision is not (MatchDecision.Same or MatchDecision.NotSame or MatchDecision.Unsure))
        {
            ModelState.AddModelError(nameof(Decision), localizer["Choose: the same person, not the same, or unsure."]);
        }

        if (ModelState.IsValid)
        {
            try
            {
                var judged = await judgements.JudgePairAsync(id, Version, Decision!.Value, Note, Confirmed, cancellationToken);
                if (judged is null)
                {
                    return NotFound();
                }

                TempData[NoticeKey] = Decision switch
                {
                    MatchDecision.Same => localizer["Recorded: the two records are one person. Both dossiers now show the identity."].Value,
                    MatchDecision.NotSame => localizer["Recorded: the two records are different people; the pair will not be proposed again."].Value,
                    _ => localizer["Recorded as unsure: the pair stays in the queue for someone who can tell."].Value,
                };
                return RedirectToPage("/Review/Pair", new { id });
            }
            catch (ValidationFailedException e)
            {
                FormErrors.Add(ModelState, e, string.Empty);
            }
            catch (DomainRuleException e)
            {
                ModelState.AddModelError(string.Empty, e.Rule == "identity.confirmation-required"
                    ? localizer["These records differ in side or service number. If they are one person all the same, tick the confirmation and say why in the note."].Value
                    : Display.SentenceText.Of(e.Sentence));
            }
            catch (ConcurrencyConflictException)
            {
                ModelState.AddModelError(string.Empty, localizer["Someone else judged these records while you were looking at them; nothing was saved. The page now shows their judgement."]);
            }
        }

        return await ShowAsync(id, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(Guid id, CancellationToken cancellationToken)
    {
        var pair = await pairs.GetAsync(id, cancellationToken);
        if (pair is null)
        {
            return NotFound();
        }

        Pair = pair;
        ModelState.Remove(nameof(Version));
        Version = pair.Version;
        return Page();
    }
}
