using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Whereabouts.Application.Common;
using Whereabouts.Application.Files;
using Whereabouts.Domain;
using Whereabouts.Storage.Files;
using Whereabouts.Web.Authorization;
using Whereabouts.Web.Display;

namespace Whereabouts.Web.Pages.Sources;

/// <summary>
/// Attaches a file to a source from its page, and detaches one with a reason; both answer with the
/// source's page, its files section saying what went wrong. The form's limits are raised for this
/// page only, to the configured largest file (<see cref="Extensions"/>).
/// </summary>
[Authorize(Policy = Policies.EditFiles)]
internal sealed class FilesModel(FileAttachments attachments, IStringLocalizer<FilesModel> localizer) : PageModel
{
    public IActionResult OnGet(Guid id) => Redirect($"/Sources/{id}#files");

    public async Task<IActionResult> OnPostUploadAsync(Guid id, IFormFile? file, string? description, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            TempData["FileError"] = localizer["Choose a file to attach."].Value;
            return Back(id);
        }

        try
        {
            await using var content = file.OpenReadStream();
            var attached = await attachments.AttachAsync(id, file.FileName, content, description, cancellationToken);
            if (attached is null)
            {
                return NotFound();
            }

            TempData["Saved"] = attached.IsNewAttachment
                ? localizer["The file {0} is attached.", attached.Attachment.FileName].Value
                : localizer["The same file was already attached, as {0}.", attached.Attachment.FileName].Value;
        }
        catch (FileTooLargeException)
        {
            TempData["FileError"] = localizer["The file is larger than the limit of {0} MB; nothing was kept.", Labels.Of((int)Math.Min(int.MaxValue, attachments.Limit.Megabytes))].Value;
        }
        catch (ValidationFailedException e)
        {
            TempData["FileError"] = string.Join(" ", e.Sentences.SelectMany(p => p.Value).Select(SentenceText.Of));
        }

        return Back(id);
    }

    public async Task<IActionResult> OnPostDetachAsync(Guid id, Guid attachmentId, string? reason, CancellationToken cancellationToken)
    {
        try
        {
            var detached = await attachments.DetachAsync(id, attachmentId, reason, cancellationToken);
            if (detached is null)
            {
                return NotFound();
            }

            TempData["Saved"] = localizer["The file {0} is detached; it stays in the file's history.", detached.FileName].Value;
        }
        catch (ValidationFailedException e)
        {
            TempData["FileError"] = string.Join(" ", e.Sentences.SelectMany(p => p.Value).Select(SentenceText.Of));
        }
        catch (DomainRuleException e)
        {
            TempData["FileError"] = SentenceText.Of(e.Sentence);
        }

        return Back(id);
    }

    private RedirectResult Back(Guid id) => Redirect($"/Sources/{id}#files");
}
