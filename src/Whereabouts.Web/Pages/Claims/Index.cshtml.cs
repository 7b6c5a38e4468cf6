using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Whereabouts.Application.Claims;
using Whereabouts.Application.Common;
using Whereabouts.Application.Sources;
using Whereabouts.Domain;
using Whereabouts.Storage;
using Whereabouts.Web.Authorization;
using Whereabouts.Web.Pages.Sources;

namespace Whereabouts.Web.Pages.Claims;

/// <summary>
/// The count claims read from articles that wait for an analyst: accept as read, correct, or reject.
/// Decisions post back here and redirect (post/redirect/get).
/// </summary>
[Authorize(Policy = Policies.EditSources)]
internal sealed class IndexModel(ClaimReviews reviews) : PageModel
{
    public PagedList<ClaimView> Pending { get; private set; } = null!;

    [BindProperty(SupportsGet = true)]
    public Guid? Source { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int? PageNumber { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Pending = await reviews.PendingAsync(Source, PageNumber, null, cancellationToken);
    }

    public Task<IActionResult> OnPostAcceptAsync(Guid id, int version, CancellationToken cancellationToken) =>
        JudgeAsync(id, version, ClaimReview.Accepted, cancellationToken);

    public Task<IActionResult> OnPostRejectAsync(Guid id, int version, CancellationToken cancellationToken) =>
        JudgeAsync(id, version, ClaimReview.Rejected, cancellationToken);

    private async Task<IActionResult> JudgeAsync(Guid id, int version, ClaimReview decision, CancellationToken cancellationToken)
    {
        try
        {
            var judged = await reviews.JudgeAsync(id, version, decision, cancellationToken);
            if (judged is null)
            {
                return NotFound();
            }

            TempData["Saved"] = decision == ClaimReview.Accepted
                ? $"Accepted: {ClaimLabels.Stated(judged)}."
                : $"Rejected: {ClaimLabels.Stated(judged)} (kept, not counted).";
        }
        catch (ConcurrencyConflictException e)
        {
            TempData["Conflict"] = e.Message;
        }

        return RedirectToPage(new { source = Source });
    }
}
