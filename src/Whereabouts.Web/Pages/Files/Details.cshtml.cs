using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Whereabouts.Application.Files;
using Whereabouts.Storage.Files;
using Whereabouts.Web.Authorization;
using Whereabouts.Web.Files;

namespace Whereabouts.Web.Pages.Files;

/// <summary>
/// One evidence file by its SHA-256: the file itself where a browser can show it, its hash, size and
/// type, and every source it is attached to with its attachments' history. Its bytes are served here
/// too (<c>?handler=Content</c>) for the pages' thumbnails and players, since the API takes API keys only.
/// </summary>
[Authorize(Policy = Policies.Read)]
internal sealed class DetailsModel(FileReader reader, FileStore store) : PageModel
{
    public EvidenceFileView Evidence { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string sha256, CancellationToken cancellationToken)
    {
        var file = await reader.FindAsync(sha256, cancellationToken);
        if (file is null)
        {
            return NotFound();
        }

        Evidence = file;
        return Page();
    }

    public async Task<IActionResult> OnGetContentAsync(string sha256, CancellationToken cancellationToken)
    {
        var file = await reader.FindAsync(sha256, cancellationToken);
        var stream = file is null ? null : store.OpenRead(file.Sha256);
        if (stream is null)
        {
            return NotFound();
        }

        var served = EvidenceDownload.Prepare(Response, file!);
        return new FileStreamResult(stream, served)
        {
            EnableRangeProcessing = true,
            EntityTag = EvidenceDownload.ETag(file!),
            LastModified = file!.AddedAt,
        };
    }
}
