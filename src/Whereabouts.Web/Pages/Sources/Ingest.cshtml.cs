using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Whereabouts.Application.Common;
using Whereabouts.Application.Ingestion;
using Whereabouts.Domain;
using Whereabouts.Ingestion.Claims;
using Whereabouts.Ingestion.Claims.Languages;
using Whereabouts.Web.Authorization;

namespace Whereabouts.Web.Pages.Sources;

/// <summary>
/// Adds an article or statement by upload or paste: it is archived as a new source and the count
/// claims read from it wait in the claims review list.
/// </summary>
[Authorize(Policy = Policies.EditSources)]
[RequestSizeLimit(RequestLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = RequestLimit, ValueLengthLimit = RequestLimit)]
internal sealed class IngestModel(SourceIngest ingest, IStringLocalizer<IngestModel> localizer) : PageModel
{
    // The archive's limit plus room for the form's other fields.
    private const int RequestLimit = SourceArchive.MaxContentBytes + (1024 * 1024);

    [BindProperty]
    [Display(Name = "Paste the article or statement")]
    public string? Pasted { get; set; }

    [BindProperty]
    [Display(Name = "Or upload a file (.html, .htm, .txt, or gzipped)")]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    [Display(Name = "Kind of source")]
    public string Kind { get; set; } = nameof(SourceKind.NewsArticle);

    [BindProperty]
    [Display(Name = "Reliability")]
    public string Reliability { get; set; } = nameof(Domain.Reliability.F);

    [BindProperty]
    [Display(Name = "Title (leave blank to use the document's)")]
    public string? Title { get; set; }

    [BindProperty]
    [Display(Name = "Address it was found at")]
    public string? Address { get; set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var hasText = !string.IsNullOrWhiteSpace(Pasted);
        var hasFile = Upload is { Length: > 0 };
        if (hasText == hasFile)
        {
            ModelState.AddModelError(nameof(Pasted), hasText
                ? localizer["Paste text or upload a file, not both."].Value
                : localizer["Paste the article's text or choose a file to upload."].Value);
            return Page();
        }

        DocumentSubmission submission;
        if (hasFile)
        {
            using var buffer = new MemoryStream();
            await Upload!.CopyToAsync(buffer, cancellationToken);
            submission = new DocumentSubmission(Upload.FileName, buffer.ToArray(), Kind, Reliability, Title, Address);
        }
        else
        {
            submission = DocumentSubmission.Pasted(Pasted!, Kind, Reliability, Title, Address);
        }

        try
        {
            var added = await ingest.IngestAsync(submission, cancellationToken);
            TempData["Saved"] = string.Join(
                ' ',
                localizer["“{0}” was archived.", added.Title].Value,
                ReadAs(added.Language),
                added.ClaimsProposed switch
                {
                    0 => localizer["No count claims were found in it."].Value,
                    1 => localizer["One count claim waits for review."].Value,
                    var n => localizer["{0} count claims wait for review.", n.ToString("N0", System.Globalization.CultureInfo.CurrentCulture)].Value,
                });
            return added.ClaimsProposed > 0
                ? RedirectToPage("/Claims/Index", new { source = added.SourceId })
                : RedirectToPage("/Sources/Details", new { id = added.SourceId });
        }
        catch (ValidationFailedException e)
        {
            FormErrors.Add(ModelState, e, field => field switch
            {
                "document" => hasFile ? nameof(Upload) : nameof(Pasted),
                "kind" => nameof(Kind),
                "reliability" => nameof(Reliability),
                "title" => nameof(Title),
                "url" => nameof(Address),
                _ => string.Empty,
            });
            return Page();
        }
    }

    // Which rules read the text: the analyst should know a Russian statement was read as Russian.
    private string ReadAs(string language) =>
        language == LanguageDetector.Undetermined ? localizer["Its language could not be told; it was read by the English rules."].Value
        : CountClaimExtractor.ReadsLanguage(language) ? localizer["It was read as {0}.", LanguageName(language)].Value
        : localizer["It is in {0}, a language claims are not read in yet.", LanguageName(language)].Value;

    // The detector's English name for a language it has no word for in the reader's language.
    private string LanguageName(string code) => code switch
    {
        "hy" => localizer["Armenian"].Value,
        "ru" => localizer["Russian"].Value,
        "az" => localizer["Azerbaijani"].Value,
        "en" => localizer["English"].Value,
        _ => LanguageDetector.NameOf(code),
    };
}
