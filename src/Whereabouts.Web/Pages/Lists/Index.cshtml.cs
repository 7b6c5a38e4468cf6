using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Whereabouts.Application.Common;
using Whereabouts.Application.Lists;
using Whereabouts.Web.Authorization;
using Whereabouts.Web.Display;

namespace Whereabouts.Web.Pages.Lists;

/// <summary>Lists as they arrive: upload a workbook or a delimited file, and the latest uploads with where their import stands.</summary>
/// <remarks>An import links rows to people and records their fates, so uploading is editing people.</remarks>
[Authorize(Policy = Policies.EditPeople)]
[RequestSizeLimit(RequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = RequestLimit)]
internal sealed class IndexModel(ListUploads uploads, IStringLocalizer<IndexModel> localizer) : PageModel
{
    // The importer's own ceiling plus room for the form; the configured limit, never above it, is checked on the file.
    private const long RequestLimit = ListImporter.MaxBytes + (1024 * 1024);

    [BindProperty]
    [Display(Name = "The list (.xlsx, .xls, .csv, .tsv or .txt)")]
    public IFormFile? Upload { get; set; }

    public IReadOnlyList<ListUploadView> Recent { get; private set; } = [];

    public ListUploadLimit Limit => uploads.Limit;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Recent = await uploads.RecentAsync(cancellationToken: cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Upload is not { Length: > 0 })
        {
            ModelState.AddModelError(nameof(Upload), localizer["Choose a file to upload."].Value);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            await OnGetAsync(cancellationToken);
            return Page();
        }

        try
        {
            await using var content = Upload.OpenReadStream();
            var upload = await uploads.UploadAsync(Upload.FileName, content, cancellationToken);
            return RedirectToPage("/Lists/Details", new { id = upload.Id });
        }
        catch (ListUploadTooLargeException e)
        {
            ModelState.AddModelError(nameof(Upload), localizer["{0} is larger than the limit of {1} MB; split the list into parts.", Upload.FileName, Labels.Number((int)e.Limit.Megabytes)].Value);
        }
        catch (ValidationFailedException e)
        {
            FormErrors.Add(ModelState, e, _ => nameof(Upload));
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        await OnGetAsync(cancellationToken);
        return Page();
    }
}
