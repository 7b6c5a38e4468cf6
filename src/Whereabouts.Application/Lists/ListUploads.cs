using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Common;
using Whereabouts.Application.Demo;
using Whereabouts.Application.Parties;
using Whereabouts.Application.Sources;
using Whereabouts.Domain;
using Whereabouts.Storage;
using Whereabouts.Tables.Layout;
using Whereabouts.Tables.Reading;

namespace Whereabouts.Application.Lists;

/// <summary>
/// Lists uploaded through the web app and the API, on their way to the registry: the file is kept
/// as it came, read and previewed, its mapping corrected, dry-run, then queued for the background
/// runner (<see cref="ListImportRunner"/>) or cancelled. Nothing here changes the registry's people;
/// only the import does, in one transaction.
/// </summary>
public sealed class ListUploads(
    WhereaboutsDatabase database, ICurrentActor actor, TimeProvider clock, ListUploadLimit limit, ListImportActivity activity, ListImporter importer)
{
    private const int RowsShown = 20;

    private static readonly JsonSerializerOptions ReportJson = new(JsonSerializerDefaults.Web);

    /// <summary>The largest file accepted.</summary>
    public ListUploadLimit Limit => limit;

    /// <summary>Keeps an uploaded file; nothing is read into the registry.</summary>
    /// <exception cref="ListUploadTooLargeException">The file is over the limit; nothing was kept.</exception>
    /// <exception cref="ValidationFailedException">The file is empty or unnamed (field "file").</exception>
    public Task<ListUploadView> UploadAsync(string? fileName, Stream content, CancellationToken cancellationToken = default) =>
        UploadAsync(fileName, content, null, null, cancellationToken);

    /// <summary>Keeps an uploaded file with how it is to be read and imported (both checked first); nothing is read into the registry.</summary>
    /// <exception cref="ListUploadTooLargeException">The file is over the limit; nothing was kept.</exception>
    /// <exception cref="ValidationFailedException">The file is empty or unnamed (field "file"), or a setting is wrong; nothing was kept.</exception>
    public async Task<ListUploadView> UploadAsync(string? fileName, Stream content, ListMapping? mapping, ListUploadSettings? settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var name = string.IsNullOrWhiteSpace(fileName) ? null : Path.GetFileName(fileName.Trim());
        if (string.IsNullOrEmpty(name))
        {
            throw new ValidationFailedException("file", "The file needs a name, such as list.xlsx.");
        }

        var bytes = await ReadAsync(name, content, cancellationToken).ConfigureAwait(false);
        if (bytes.Length == 0)
        {
            throw new ValidationFailedException("file", $"{name}: the file is empty.");
        }

        var upload = new ListImport(Guid.NewGuid(), name, bytes, actor.Name, clock.GetUtcNow());
        await using var context = database.CreateContext(actor.Name);
        if (settings is not null)
        {
            await CheckAsync(context, settings, mapping, cancellationToken).ConfigureAwait(false);
            upload.Configure(mapping?.ToJson(), ListUploadOptions.ToJson(settings));
        }
        else if (mapping is not null)
        {
            upload.Configure(mapping.ToJson(), null);
        }

        context.ListImports.Add(upload);
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return View(upload, bytes.Length);
    }

    /// <summary>The upload <paramref name="id"/>, or null when there is none.</summary>
    public async Task<ListUploadView?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var upload = await context.ListImports.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken).ConfigureAwait(false);
        return upload is null ? null : View(upload, upload.Content.Length);
    }

    /// <summary>The latest <paramref name="count"/> uploads, newest first (without their files).</summary>
    public async Task<IReadOnlyList<ListUploadView>> RecentAsync(int count = 50, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var rows = await context.ListImports.AsNoTracking()
            .Select(i => new
            {
                i.Id, i.FileName, Size = (long)i.Content.Length, i.ContentSha256, i.UploadedBy, i.UploadedAt, i.State, i.DecidedBy, i.FinishedAt, i.SourceId, i.OptionsJson, i.ReportJson, i.Version,
            })
            .ToListAsync(cancellationToken).ConfigureAwait(false);

        // Ordered here: SQLite cannot order by a date with its offset.
        return [.. rows.OrderByDescending(r => r.UploadedAt).Take(Math.Clamp(count, 1, 500)).Select(r => new ListUploadView(
            r.Id, r.FileName, r.Size, r.ContentSha256, r.UploadedBy, r.UploadedAt, r.State, null, ListUploadOptions.FromJson(r.OptionsJson), r.DecidedBy, r.FinishedAt,
            r.SourceId, ReadReport(r.ReportJson), [], r.Version, activity.Live(r.Id)))];
    }

    /// <summary>How the upload reads with its mapping (the first 20 rows), or null when there is no such upload.</summary>
    public async Task<ListUploadPreview?> PreviewAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var upload = await LoadAsync(id, cancellationToken).ConfigureAwait(false);
        if (upload is null)
        {
            return null;
        }

        var mapping = Mapping(upload);
        try
        {
            return new ListUploadPreview(ListImporter.Preview(upload.Content, upload.FileName, mapping, RowsShown, cancellationToken), [], [], []);
        }
        catch (ListImportException e)
        {
            var (rows, sheets) = Written(upload, mapping, cancellationToken);
            return new ListUploadPreview(null, e.Problems, rows, sheets);
        }
    }

    /// <summary>Sets how the upload is read and imported, provided nobody changed it since <paramref name="expectedVersion"/>.</summary>
    /// <returns>The upload, or null when there is none.</returns>
    /// <exception cref="ValidationFailedException">A setting is wrong (fields title, reliability, fate, asOf, credibility, side, supersedes, linkAt); nothing was saved.</exception>
    /// <exception cref="ConcurrencyConflictException">Someone changed the upload since.</exception>
    /// <exception cref="DomainRuleException">The import was already asked for.</exception>
    public async Task<ListUploadView?> ConfigureAsync(Guid id, int expectedVersion, ListMapping? mapping, ListUploadSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        await using var context = database.CreateContext(actor.Name);
        await CheckAsync(context, settings, mapping, cancellationToken).ConfigureAwait(false);
        var upload = await context.ListImports.FirstOrDefaultAsync(i => i.Id == id, cancellationToken).ConfigureAwait(false);
        if (upload is null)
        {
            return null;
        }

        VersionCheck.Require("List upload", id, upload.Version, expectedVersion);
        upload.Configure(mapping?.ToJson(), ListUploadOptions.ToJson(settings));
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return View(upload, upload.Content.Length);
    }

    /// <summary>
    /// Everything the import would do, without writing: rows linked, for review and new, and every
    /// problem that would refuse it. Null when there is no such upload.
    /// </summary>
    /// <exception cref="ValidationFailedException">The upload's settings are missing or wrong.</exception>
    public async Task<ListImportReport?> DryRunAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var upload = await LoadAsync(id, cancellationToken).ConfigureAwait(false);
        if (upload is null)
        {
            return null;
        }

        var options = Options(upload, clock);
        return await importer.DryRunAsync(upload.Content, upload.FileName, options, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Asks for the import; the background runner takes it in turn. Null when there is no such upload.</summary>
    /// <exception cref="ValidationFailedException">The upload's settings are missing or wrong.</exception>
    /// <exception cref="ConcurrencyConflictException">Someone changed the upload since <paramref name="expectedVersion"/>.</exception>
    /// <exception cref="DomainRuleException">The import was already asked for.</exception>
    public async Task<ListUploadView?> QueueAsync(Guid id, int? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext(actor.Name);
        var upload = await context.ListImports.FirstOrDefaultAsync(i => i.Id == id, cancellationToken).ConfigureAwait(false);
        if (upload is null)
        {
            return null;
        }

        if (expectedVersion is { } expected)
        {
            VersionCheck.Require("List upload", id, upload.Version, expected);
        }

        var options = Options(upload, clock);

        // Refused now rather than when the runner reaches it, so the form or the API call says why.
        if (!options.Invented)
        {
            await DemoGuard.RefuseBesideInventedAsync(context, options.AllowDemoData, cancellationToken).ConfigureAwait(false);
        }

        upload.Queue(actor.Name);
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        activity.Wake();
        return View(upload, upload.Content.Length);
    }

    /// <summary>
    /// Cancels the import: one not yet running is marked cancelled at once; a running one is asked
    /// to stop, and the runner records the cancellation (nothing of it is saved). Null when there is
    /// no such upload.
    /// </summary>
    /// <exception cref="DomainRuleException">The import is already over.</exception>
    public async Task<ListUploadView?> CancelAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext(actor.Name);
        var upload = await context.ListImports.FirstOrDefaultAsync(i => i.Id == id, cancellationToken).ConfigureAwait(false);
        if (upload is null)
        {
            return null;
        }

        if (upload.State == ListImportState.Running && activity.Cancel(id, actor.Name))
        {
            return View(upload, upload.Content.Length);
        }

        // Not running here: queued, only uploaded, left running by a process that stopped, or run
        // by another server (whose runner sees the cancellation at its next renewal, or at the
        // latest when it records its end in the import's own transaction).
        upload.Cancel(actor.Name, clock.GetUtcNow());
        try
        {
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (ConcurrencyConflictException)
        {
            // It ended meanwhile (its import committed, or it failed): too late to cancel, and the
            // view says how it ended.
            await using var again = database.CreateContext(actor.Name);
            var ended = await again.ListImports.AsNoTracking().FirstAsync(i => i.Id == id, cancellationToken).ConfigureAwait(false);
            return View(ended, ended.Content.Length);
        }

        return View(upload, upload.Content.Length);
    }

    /// <summary>The lists already imported, newest first, which an upload may be a new version of.</summary>
    public async Task<IReadOnlyList<EarlierList>> EarlierListsAsync(CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var lists = await context.Sources.AsNoTracking()
            .Where(s => s.Kind == SourceKind.List)
            .Select(s => new { s.Id, s.Title, s.RetrievedAt })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. lists.OrderByDescending(s => s.RetrievedAt).ThenBy(s => s.Title, StringComparer.Ordinal).Select(s => new EarlierList(s.Id, s.Title))];
    }

    // The sheet's first rows as written, for a file the reader reads but cannot see a list in.
    private static (IReadOnlyList<TableRow> Rows, IReadOnlyList<string> Sheets) Written(ListImport upload, ListMapping? mapping, CancellationToken cancellationToken)
    {
        try
        {
            var file = TableReader.Read(upload.Content, upload.FileName, cancellationToken);
            var sheets = file.Format == TableFormat.Delimited ? [] : file.Sheets.Select(s => s.Name ?? string.Empty).ToList();
            var sheet = file.Sheets.FirstOrDefault(s => mapping?.Sheet is null || string.Equals(s.Name, mapping.Sheet, StringComparison.OrdinalIgnoreCase)) ?? (file.Sheets.Count > 0 ? file.Sheets[0] : null);
            return (sheet is null ? [] : [.. sheet.Rows.Take(RowsShown + 1)], sheets);
        }
        catch (TableInputException)
        {
            return ([], []);
        }
    }

    internal static ListMapping? Mapping(ListImport upload)
    {
        try
        {
            return upload.MappingJson is null ? null : ListMapping.Parse(upload.MappingJson, "mapping");
        }
        catch (TableInputException e)
        {
            throw new ValidationFailedException(new Dictionary<string, IReadOnlyList<Sentence>>(StringComparer.Ordinal) { ["mapping"] = [.. e.Problems.Select(ListProblems.Of)] });
        }
    }

    /// <exception cref="ValidationFailedException">The settings are missing or wrong.</exception>
    internal static ListImportOptions Options(ListImport upload, TimeProvider clock)
    {
        var settings = ListUploadOptions.FromJson(upload.OptionsJson)
            ?? throw new ValidationFailedException("title", "Say how the list is imported (its title as a source) first.");
        var errors = new FieldErrors();
        var options = ListUploadOptions.Read(errors, settings, Mapping(upload), FieldErrors.LatestToday(clock));
        errors.ThrowIfAny();
        return options;
    }

    internal static ListImportReport? ReadReport(string? json) => json is null ? null : JsonSerializer.Deserialize<ListImportReport>(json, ReportJson);

    internal static string WriteReport(ListImportReport report) => JsonSerializer.Serialize(report, ReportJson);

    private async Task CheckAsync(WhereaboutsDbContext context, ListUploadSettings settings, ListMapping? mapping, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        ListUploadOptions.Read(errors, settings, mapping, FieldErrors.LatestToday(clock));
        var parties = await PartyReference.ListAsync(context, cancellationToken).ConfigureAwait(false);
        PartyReference.Resolve(errors, "side", settings.Side, parties);
        if (settings.Supersedes is { } earlier
            && !await context.Sources.AsNoTracking().AnyAsync(s => s.Id == earlier && s.Kind == SourceKind.List, cancellationToken).ConfigureAwait(false))
        {
            errors.Add("supersedes", $"There is no imported list {earlier}; a new version names the source id of the earlier list.");
        }

        errors.ThrowIfAny();
    }

    private async Task<ListImport?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext();
        return await context.ListImports.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken).ConfigureAwait(false);
    }

    private async Task<byte[]> ReadAsync(string fileName, Stream content, CancellationToken cancellationToken) =>
        await LimitedRead.ReadAsync(content, limit.Bytes, cancellationToken).ConfigureAwait(false)
            ?? throw new ListUploadTooLargeException(fileName, limit);

    private ListUploadView View(ListImport upload, long size) => new(
        upload.Id,
        upload.FileName,
        size,
        upload.ContentSha256,
        upload.UploadedBy,
        upload.UploadedAt,
        upload.State,
        Mapping(upload),
        ListUploadOptions.FromJson(upload.OptionsJson),
        upload.DecidedBy,
        upload.FinishedAt,
        upload.SourceId,
        ReadReport(upload.ReportJson),
        ListProblems.Read(upload.Problems),
        upload.Version,
        activity.Live(upload.Id));
}
