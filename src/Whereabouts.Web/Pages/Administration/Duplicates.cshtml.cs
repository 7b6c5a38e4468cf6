using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Whereabouts.Application.Identities;
using Whereabouts.Web.Authorization;
using Whereabouts.Web.Display;

namespace Whereabouts.Web.Pages.Administration;

/// <summary>
/// Runs the duplicate search over the whole registry (Administrators) and says what it found; the
/// pairs go to the review queue's registry pairs. The same as <c>whereabouts duplicates find</c>.
/// </summary>
/// <remarks>The search compares every record, so it is an Administrator's act rather than every reviewer's.</remarks>
[Authorize(Policy = Policies.Administer)]
internal sealed class DuplicatesModel(DuplicateSearch search, IStringLocalizer<DuplicatesModel> localizer) : PageModel
{
    private const string NoticeKey = "DuplicatesNotice";

    /// <summary>What the last search found, shown once after the redirect.</summary>
    public string? Notice { get; private set; }

    public void OnGet() => Notice = TempData[NoticeKey] as string;

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var report = await search.FindAsync(cancellationToken: cancellationToken);
        TempData[NoticeKey] = localizer[
            "Searched {0} records in {1} s: {2} pairs compared, {3} new pairs for review, {4} likely pairs proposed or judged before.",
            Labels.Number(report.People),
            report.Seconds.ToString("0.0", System.Globalization.CultureInfo.CurrentCulture),
            report.ComparedPairs.ToString("N0", System.Globalization.CultureInfo.CurrentCulture),
            Labels.Number(report.Proposed),
            Labels.Number(report.AlreadyKnown)].Value;
        return RedirectToPage("/Administration/Duplicates");
    }
}
