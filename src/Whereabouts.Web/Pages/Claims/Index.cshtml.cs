using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Whereabouts.Application.Claims;
using Whereabouts.Application.Common;
using Whereabouts.Application.Sources;
using Whereabouts.Domain;
using Whereabouts.Storage;
using Whereabouts.Web.Authorization;
using Whereabouts.Web.Display;
using Whereabouts.Web.Pages.Sources;

namespace Whereabouts.Web.Pages.Claims;

/// <summary>
/// The count claims read from articles that wait for an analyst: accept as read, correct, or reject.
/// Decisions post back here and redirect (post/redirect/get).
/// </summary>
[Authorize(Policy = Policies.EditSources)]
internal sealed class IndexModel(ClaimReviews reviews, IStringLocalizer<IndexModel> localizer) : PageModel
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
                ? localizer["Accepted: {0}.", ClaimLabels.Stated(judged)].Value
                : localizer["Rejected: {0} (kept, not counted).", ClaimLabels.Stated(judged)].Value;
        }
        catch (ConcurrencyConflictException)
        {
            TempData["Conflict"] = Labels.Text("This record was changed by someone else after you loaded it; nothing was saved. Reload it and make your change again.");
        }

        return RedirectToPage(new { source = Source });
    }
}
