using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Whereabouts.Application.Common;
using Whereabouts.Application.Lists;
using Whereabouts.Domain;
using Whereabouts.Storage;
using Whereabouts.Tables.Layout;
using Whereabouts.Tables.Reading;
using Whereabouts.Web.Authorization;
using Whereabouts.Web.Display;

namespace Whereabouts.Web.Pages.Lists;

/// <summary>
/// One uploaded list: what the file is, its first rows as read, what each column holds (corrected
/// here), how it is imported; a dry run; the import with its progress, and a way to cancel it.
/// </summary>
[Authorize(Policy = Policies.EditPeople)]
internal sealed class DetailsModel(ListUploads uploads, MappingTemplates templates, IStringLocalizer<DetailsModel> localizer) : PageModel
{
    // A template's mapping, when one is applied instead of the columns' selects.
    private ListMapping? _applied;

    public ListUploadView Upload { get; private set; } = null!;

    public ListUploadPreview? Preview { get; private set; }

    /// <summary>The columns shown with a select each: the layout's, or the raw header's when the file could not be read as a list.</summary>
    public IReadOnlyList<ListColumn> Columns { get; private set; } = [];

    public IReadOnlyList<EarlierList> EarlierLists { get; private set; } = [];

    /// <summary>The saved ways of reading lists.</summary>
    public IReadOnlyList<MappingTemplate> Templates { get; private set; } = [];

    [BindProperty]
    public Guid? TemplateId { get; set; }

    [BindProperty]
    public string? TemplateName { get; set; }

    /// <summary>The dry run just asked for.</summary>
    public ListImportReport? DryRun { get; private set; }

    [TempData]
    public string? Notice { get; set; }

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public string? Sheet { get; set; }

    [BindProperty]
    public int? HeaderLine { get; set; }

    [BindProperty]
    public NameOrder NameOrder { get; set; }

    /// <summary>What each column holds, by the column's position.</summary>
    [BindProperty]
    public Dictionary<int, ListField> Fields { get; set; } = [];

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Reliability { get; set; }

    [BindProperty]
    public string? Fate { get; set; }

    [BindProperty]
    public string? AsOf { get; set; }

    [BindProperty]
    public string? Credibility { get; set; }

    [BindProperty]
    public string? Side { get; set; }

    [BindProperty]
    public Guid? Supersedes { get; set; }

    [BindProperty]
    public string? LinkAt { get; set; }

    [BindProperty]
    public bool Invented { get; set; }

    /// <summary>Whether the list's real people may join the invented (demo) ones this registry holds (docs/adr/0023).</summary>
    [BindProperty]
    public bool AllowDemoData { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Fill();
        return Page();
    }

    /// <summary>The import's state and progress, for the page's progress bar.</summary>
    public async Task<IActionResult> OnGetProgressAsync(Guid id, CancellationToken cancellationToken)
    {
        var upload = await uploads.FindAsync(id, cancellationToken);
        if (upload is null)
        {
            return NotFound();
        }

        var live = upload.Live;
        return new JsonResult(new
        {
            state = upload.State.ToString(),
            finished = upload.IsFinished,
            stage = live is null ? null : ListLabels.Of(live.Stage),
            fraction = live?.Fraction ?? (upload.State == ListImportState.Succeeded ? 1 : 0),
            rowsDone = live is null ? null : Labels.Number(live.RowsDone),
            rows = live is null ? null : Labels.Number(live.Rows),
            rate = live is null ? null : live.RowsPerSecond.ToString("N0", CultureInfo.CurrentCulture),
            left = live?.SecondsLeft is { } left ? TimeSpan.FromSeconds(Math.Ceiling(left)).ToString("g", CultureInfo.CurrentCulture) : null,
        });
    }

    public Task<IActionResult> OnPostSaveAsync(Guid id, CancellationToken cancellationToken) =>
        ConfigureThenAsync(id, _ =>
        {
            Notice = localizer["Saved. The rows below are read the new way."].Value;
            return Task.FromResult<IActionResult>(RedirectToPage("/Lists/Details", null, new { id }, "reading"));
        }, cancellationToken);

    public Task<IActionResult> OnPostDryRunAsync(Guid id, CancellationToken cancellationToken) =>
        ConfigureThenAsync(id, async _ =>
        {
            DryRun = await uploads.DryRunAsync(id, cancellationToken);

            // Shown as saved and read again: the header line or the columns may now read differently.
            ModelState.Clear();
            await LoadAsync(id, cancellationToken);
            Fill();
            return Page();
        }, cancellationToken);

    public Task<IActionResult> OnPostImportAsync(Guid id, CancellationToken cancellationToken) =>
        ConfigureThenAsync(id, async configured =>
        {
            await uploads.QueueAsync(id, configured.Version, cancellationToken);
            Notice = localizer["The import is queued; it runs in the background."].Value;
            return RedirectToPage("/Lists/Details", null, new { id }, "import");
        }, cancellationToken);

    public async Task<IActionResult> OnPostApplyTemplateAsync(Guid id, CancellationToken cancellationToken)
    {
        var template = TemplateId is { } chosen ? await templates.FindAsync(chosen, cancellationToken) : null;
        if (template is null)
        {
            if (!await LoadAsync(id, cancellationToken))
            {
                return NotFound();
            }

            ModelState.AddModelError(nameof(TemplateId), localizer["Choose a template."].Value);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        _applied = template.Mapping;
        return await ConfigureThenAsync(id, _ =>
        {
            Notice = localizer["The template “{0}” is applied. The rows below are read its way.", template.Name].Value;
            return Task.FromResult<IActionResult>(RedirectToPage("/Lists/Details", null, new { id }, "reading"));
        }, cancellationToken);
    }

    public async Task<IActionResult> OnPostSaveTemplateAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        try
        {
            var saved = await templates.SaveAsync(TemplateName, Mapping() ?? new ListMapping(), cancellationToken);
            Notice = localizer["This way of reading is saved as the template “{0}”.", saved.Name].Value;
            return RedirectToPage("/Lists/Details", null, new { id }, "reading");
        }
        catch (ValidationFailedException e)
        {
            FormErrors.Add(ModelState, e, field => FormErrors.Under(string.Empty, field));
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
    }

    public async Task<IActionResult> OnPostCancelAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            if (await uploads.CancelAsync(id, cancellationToken) is null)
            {
                return NotFound();
            }

            Notice = localizer["The import is cancelled; nothing of it is saved."].Value;
        }
        catch (DomainRuleException)
        {
            Notice = localizer["The import was already over."].Value;
        }

        return RedirectToPage("/Lists/Details", null, new { id }, "import");
    }

    /// <summary>A column's header as shown: its letter and what the list wrote.</summary>
    public static string HeaderOf(ListColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        var letter = ColumnLetters.Of(column.Index);
        return string.IsNullOrWhiteSpace(column.Header) || string.Equals(column.Header, letter, StringComparison.Ordinal) ? letter : $"{letter}: {column.Header}";
    }

    private async Task<IActionResult> ConfigureThenAsync(Guid id, Func<ListUploadView, Task<IActionResult>> then, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        try
        {
            var configured = await uploads.ConfigureAsync(id, Version, _applied ?? Mapping(), Settings(), cancellationToken);
            return await then(configured!);
        }
        catch (ValidationFailedException e)
        {
            FormErrors.Add(ModelState, e, field => FormErrors.Under(string.Empty, field));
        }
        catch (ConcurrencyConflictException)
        {
            ModelState.AddModelError(string.Empty, localizer["Someone changed this upload after you opened it; nothing was saved. Reload the page and make your change again."].Value);
        }
        catch (DomainRuleException)
        {
            ModelState.AddModelError(string.Empty, localizer["The import was already asked for; its reading can no longer change."].Value);
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var upload = await uploads.FindAsync(id, cancellationToken);
        if (upload is null)
        {
            return false;
        }

        Upload = upload;
        EarlierLists = await uploads.EarlierListsAsync(cancellationToken);
        Templates = await templates.ListAsync(cancellationToken);
        if (upload.CanConfigure)
        {
            Preview = await uploads.PreviewAsync(id, cancellationToken);
            Columns = Preview?.Preview?.Layout.Columns ?? RawColumns(upload.Mapping, Preview?.Rows ?? []);
        }

        return true;
    }

    // A file the reader cannot see a list in still has a header row to map: the one the mapping names, or the first.
    private static List<ListColumn> RawColumns(ListMapping? mapping, IReadOnlyList<TableRow> rows)
    {
        var header = rows.FirstOrDefault(r => mapping?.HeaderLine is null || r.Line == mapping.HeaderLine);
        if (header is null)
        {
            return [];
        }

        return [.. header.Cells.Select((cell, i) =>
        {
            var key = string.IsNullOrWhiteSpace(cell.Text) ? ColumnLetters.Of(i) : cell.Text;
            var said = mapping?.Columns.FirstOrDefault(c => string.Equals(c.Key, key, StringComparison.OrdinalIgnoreCase));
            return new ListColumn(i, cell.Text, said?.Key is null ? ListField.Extra : said.Value.Value, said?.Key is not null);
        })];
    }

    // The form starts from what was saved, and from what was detected for the rest.
    private void Fill()
    {
        var layout = Preview?.Preview?.Layout;
        Version = Upload.Version;
        Sheet = Upload.Mapping?.Sheet ?? layout?.Sheet;
        HeaderLine = Upload.Mapping?.HeaderLine ?? layout?.HeaderLine;
        NameOrder = Upload.Mapping?.NameOrder ?? NameOrder.Detect;
        Fields = Columns.ToDictionary(c => c.Index, c => c.Field);
        var settings = Upload.Settings;
        Title = settings?.Title ?? Path.GetFileNameWithoutExtension(Upload.FileName);
        Reliability = settings?.Reliability;
        Fate = settings?.Fate;
        AsOf = settings?.AsOf;
        Credibility = settings?.Credibility;
        Side = settings?.Side;
        Supersedes = settings?.Supersedes;
        LinkAt = (settings?.LinkAt ?? 0.99).ToString(CultureInfo.InvariantCulture);
        Invented = settings?.Invented ?? false;
        AllowDemoData = settings?.AllowDemoData ?? false;
    }

    // What the person said: the columns whose choice differs from what was detected (or that a
    // mapping already named), the sheet and header line when they differ from the ones read.
    private ListMapping? Mapping()
    {
        var saved = Upload.Mapping;
        var layout = Preview?.Preview?.Layout;
        var columns = new Dictionary<string, ListField>(StringComparer.Ordinal);
        foreach (var column in Columns)
        {
            if (Fields.TryGetValue(column.Index, out var chosen) && (chosen != column.Field || column.FromMapping))
            {
                columns[string.IsNullOrWhiteSpace(column.Header) ? ColumnLetters.Of(column.Index) : column.Header] = chosen;
            }
        }

        var sheet = string.IsNullOrWhiteSpace(Sheet) ? null : Sheet.Trim();
        var keepSheet = sheet is not null && (saved?.Sheet is not null || !string.Equals(sheet, layout?.Sheet, StringComparison.OrdinalIgnoreCase));
        var keepHeader = HeaderLine is not null && (saved?.HeaderLine is not null || HeaderLine != layout?.HeaderLine);
        if (columns.Count == 0 && !keepSheet && !keepHeader && NameOrder == NameOrder.Detect)
        {
            return null;
        }

        return new ListMapping
        {
            Sheet = keepSheet ? sheet : null,
            HeaderLine = keepHeader ? HeaderLine : null,
            Columns = columns,
            NameOrder = NameOrder,
        };
    }

    private ListUploadSettings Settings()
    {
        double? linkAt = null;
        if (!string.IsNullOrWhiteSpace(LinkAt))
        {
            // Either decimal separator: the reader's own or the point.
            var text = LinkAt.Trim().Replace(',', '.');
            linkAt = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : -1;
        }

        return new ListUploadSettings(Title, Reliability, Fate, AsOf, Credibility, Side, Supersedes, linkAt, Invented, AllowDemoData);
    }
}
