using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Whereabouts.Application.Sources;
using Whereabouts.Application.Verification;
using Whereabouts.Web.Authorization;

namespace Whereabouts.Web.Pages.Sources;

/// <summary>Records a step in checking a source (the form of its page's verification panel), and shows the panel again when a step is refused.</summary>
[Authorize(Policy = Policies.VerifyEvidence)]
internal sealed class VerificationModel(EvidenceVerification verification, SourceReader sources, IStringLocalizer<SharedResource> localizer)
    : VerificationPageModel(verification, localizer)
{
    public string Title { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        await ReadTitleAsync(id, cancellationToken);
        return await ShowAsync(VerificationSubject.OfSource(id), cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        await ReadTitleAsync(id, cancellationToken);
        return await RecordAsync(VerificationSubject.OfSource(id), $"/Sources/{id}", cancellationToken);
    }

    private async Task ReadTitleAsync(Guid id, CancellationToken cancellationToken) =>
        Title = (await sources.DossierAsync(id, cancellationToken))?.Source.Title ?? id.ToString();
}
