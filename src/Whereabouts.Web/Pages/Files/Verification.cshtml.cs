using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Whereabouts.Application.Verification;
using Whereabouts.Domain;
using Whereabouts.Web.Authorization;

namespace Whereabouts.Web.Pages.Files;

/// <summary>Records a step in checking a file (the form of the verification panel on the file's page), and shows the panel again when a step is refused.</summary>
[Authorize(Policy = Policies.VerifyEvidence)]
internal sealed class VerificationModel(EvidenceVerification verification, IStringLocalizer<SharedResource> localizer)
    : VerificationPageModel(verification, localizer)
{
    public Task<IActionResult> OnGetAsync(string sha256, CancellationToken cancellationToken) =>
        EvidenceFile.IsHash(sha256) ? ShowAsync(VerificationSubject.OfFile(sha256), cancellationToken) : Task.FromResult<IActionResult>(NotFound());

    public Task<IActionResult> OnPostAsync(string sha256, CancellationToken cancellationToken) =>
        EvidenceFile.IsHash(sha256)
            ? RecordAsync(VerificationSubject.OfFile(sha256), "/Files/" + sha256.ToLowerInvariant(), cancellationToken)
            : Task.FromResult<IActionResult>(NotFound());
}
