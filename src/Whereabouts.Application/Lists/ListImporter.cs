using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Accounts;
using Whereabouts.Application.Common;
using Whereabouts.Application.Demo;
using Whereabouts.Application.Parties;
using Whereabouts.Domain;
using Whereabouts.Linkage;
using Whereabouts.Linkage.Records;
using Whereabouts.Linkage.Settings;
using Whereabouts.Storage;
using Whereabouts.Tables.Layout;
using Whereabouts.Tables.Reading;

namespace Whereabouts.Application.Lists;

/// <summary>
/// Imports a list of people (a workbook or delimited text in any of the usual encodings, with
/// headers in any of the registry's languages, read by the tables engine) into the registry: the
/// list becomes a source, each row is kept as written and linked to the registry's people by the linkage engine. A sure match, with no
/// other person close, is linked and the judgement recorded; likely matches go to the review
/// queue; a row nobody matches becomes a new person. A match the row contradicts (another side, a
/// birth year more than two apart) is never linked without review, however likely the engine finds
/// it: it goes to the queue with the reason in words. What the list says about everyone on it
/// (a fate, as of a date) is recorded as a fate assertion with the row as evidence.
/// </summary>
/// <remarks>
/// The whole file is checked before anything is saved, and everything is saved in one
/// transaction: a bad file changes nothing. The same list imported twice is refused, recognised by
/// its bytes or by its rows as read (the same list saved again as a workbook or with another
/// encoding). Existing
/// people are never merged: a row is linked to at most one person, and only a reviewer decides
/// between two people who both look like it.
/// </remarks>
public sealed class ListImporter(WhereaboutsDatabase database, ICurrentActor actor, TimeProvider clock, IApiKeyOwnerCache? owners = null)
{
    /// <summary>The largest list imported at once (64 MiB).</summary>
    public const long MaxBytes = 64L * 1024 * 1024;

    // A row that looks like many people is a job for a reviewer, who needs only the likeliest few.
    private const int MaxCandidatesPerRow = 5;
    private const int MaxProblemsReported = 50;

    // Rows saved at once inside the import's one transaction: small enough that the change
    // tracker's work per save stays small, large enough that a save's fixed cost is shared.
    private const int SaveChunkRows = 2_000;

    private static readonly JsonSerializerOptions ExplanationJson = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Reads <paramref name="content"/> as a list and shows how: the layout found and the first <paramref name="rows"/> rows as written and as read. Writes nothing.</summary>
    /// <exception cref="ListImportException">The file cannot be read as a list (damaged, protected, no name columns…); each problem says where.</exception>
    public static ListPreview Preview(ReadOnlyMemory<byte> content, string fileName, ListMapping? mapping, int rows = 20, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        CheckSize(content.Length, fileName);
        var reading = Read(content, fileName, mapping, cancellationToken);
        var sheet = reading.File.Sheet(reading.Layout.Sheet);
        var header = sheet.Rows.First(r => r.Line == reading.Layout.HeaderLine);
        var below = sheet.Rows.Where(r => r.Line > reading.Layout.HeaderLine).ToList();
        var shown = below.Take(Math.Max(rows, 0)).ToList();
        var lastShown = shown.Count == 0 ? 0 : shown[^1].Line;

        // The names' characters need nothing but the file: shown here as the dry run shows them.
        var problems = reading.Problems.Select(ListProblems.Of).ToList();
        foreach (var row in reading.Rows)
        {
            ListRowChecks.CheckNames(reading, row, problems);
        }

        return new ListPreview(
            fileName,
            reading.File.Format,
            reading.File.Encoding,
            reading.File.Delimiter,
            reading.File.Format == TableFormat.Delimited ? [] : reading.File.Sheets.Select(s => s.Name ?? string.Empty).ToList(),
            reading.Layout,
            header,
            shown,
            reading.Rows.Where(r => r.Line <= lastShown).ToList(),
            below.Count,
            problems);
    }

    /// <summary>Imports the list in <paramref name="content"/>; <paramref name="fileName"/> names it in messages.</summary>
    /// <exception cref="ValidationFailedException">An option is invalid.</exception>
    /// <exception cref="ListImportException">The file cannot be imported; every problem found is listed. Nothing was written.</exception>
    public async Task<ListImportReport> ImportAsync(
        Stream content, string fileName, ListImportOptions options, IProgress<ListImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        var bytes = await ReadAllAsync(content, fileName, cancellationToken).ConfigureAwait(false);
        return await RunAsync(bytes, fileName, options, write: true, progress, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Imports the list in <paramref name="content"/>, in one transaction; <paramref name="fileName"/> names it in messages.</summary>
    /// <exception cref="ValidationFailedException">An option is invalid.</exception>
    /// <exception cref="ListImportException">The file cannot be imported; every problem found is listed. Nothing was written.</exception>
    public Task<ListImportReport> ImportAsync(
        ReadOnlyMemory<byte> content, string fileName, ListImportOptions options, IProgress<ListImportProgress>? progress = null, CancellationToken cancellationToken = default) =>
        RunAsync(content, fileName, options, write: true, progress, cancellationToken);

    /// <summary>
    /// Imports the list as <see cref="ImportAsync(ReadOnlyMemory{byte}, string, ListImportOptions, IProgress{ListImportProgress}?, CancellationToken)"/>
    /// does, and calls <paramref name="beforeCommit"/> inside the import's transaction, after every
    /// row is saved and before the commit, with the import's context and its report: the web app's
    /// runner records the import's end there, so that the rows and the record commit together or
    /// not at all (a cancellation recorded meanwhile by another server makes it throw, and nothing
    /// is saved).
    /// </summary>
    internal Task<ListImportReport> ImportAsync(
        ReadOnlyMemory<byte> content, string fileName, ListImportOptions options, IProgress<ListImportProgress>? progress, Func<WhereaboutsDbContext, ListImportReport, CancellationToken, Task> beforeCommit, CancellationToken cancellationToken) =>
        RunAsync(content, fileName, options, write: true, progress, cancellationToken, beforeCommit);

    /// <summary>
    /// Does everything an import does except write: how many rows would be linked, go to review or
    /// become new people, and every problem that would refuse the import (in
    /// <see cref="ListImportReport.Problems"/>, not thrown).
    /// </summary>
    /// <exception cref="ValidationFailedException">An option is invalid.</exception>
    public Task<ListImportReport> DryRunAsync(
        ReadOnlyMemory<byte> content, string fileName, ListImportOptions options, IProgress<ListImportProgress>? progress = null, CancellationToken cancellationToken = default) =>
        RunAsync(content, fileName, options, write: false, progress, cancellationToken);

    private async Task<ListImportReport> RunAsync(
        ReadOnlyMemory<byte> content, string fileName, ListImportOptions options, bool write, IProgress<ListImportProgress>? progress, CancellationToken cancellationToken,
        Func<WhereaboutsDbContext, ListImportReport, CancellationToken, Task>? beforeCommit = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        var errors = CheckOptions(options);
        string? side;
        PartyList parties;
        await using (var lookup = database.CreateContext())
        {
            parties = await PartyReference.ListAsync(lookup, cancellationToken).ConfigureAwait(false);
            side = PartyReference.Resolve(errors, "side", options.Side, parties);
            if (options.Supersedes is { } earlier
                && !await lookup.Sources.AsNoTracking().AnyAsync(s => s.Id == earlier && s.Kind == SourceKind.List, cancellationToken).ConfigureAwait(false))
            {
                errors.Add("supersedes", $"There is no imported list {earlier}; a new version names the source id of the earlier list.");
            }
        }

        errors.ThrowIfAny();
        // A dry run writes nothing, so it mixes nothing: it may show what a real list would do.
        if (write && !options.Invented)
        {
            await using var demo = database.CreateContext();
            await DemoGuard.RefuseBesideInventedAsync(demo, options.AllowDemoData, cancellationToken).ConfigureAwait(false);
        }

        var stopwatch = Stopwatch.StartNew();
        progress?.Report(new ListImportProgress(ListImportStage.Reading, 0, 0, 0));
        var problems = new List<Sentence>();
        ListReading reading;
        try
        {
            CheckSize(content.Length, fileName);
            reading = Read(content, fileName, options.Mapping, cancellationToken);
        }
        catch (ListImportException e) when (!write)
        {
            return new ListImportReport(Guid.Empty, 0, 0, 0, 0, 0, 0, stopwatch.Elapsed.TotalSeconds) { Written = false, Problems = e.Problems };
        }

        problems.AddRange(reading.Problems.Select(ListProblems.Of));
        var rows = ListRowChecks.Check(reading, options, side, parties, problems);
        if (rows.Count == 0 && problems.Count == 0)
        {
            problems.Add(Sentence.Of($"{fileName}: the list has a header but no rows"));
        }

        progress?.Report(new ListImportProgress(ListImportStage.Reading, rows.Count, rows.Count, rows.Count));
        await using var context = database.CreateContext(actor.Name);
        var hash = Convert.ToHexStringLower(SHA256.HashData(content.Span));
        var fingerprint = ListFingerprints.Of(rows);
        var earlierImport = await context.Sources.AsNoTracking()
            .Where(s => s.ContentSha256 == hash || s.ListFingerprint == fingerprint)
            .Select(s => s.Title).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (earlierImport is not null)
        {
            problems.Add(Sentence.Of($"{fileName}: this list was imported before, as the source \"{earlierImport}\"; importing it again would count its people twice."));
        }

        if (write && problems.Count > 0)
        {
            throw new ListImportException(Capped(problems));
        }

        var now = clock.GetUtcNow();
        var source = new Source(Guid.Empty, new SourceDetails(
            SourceKind.List,
            options.SourceTitle,
            RetrievedAt: now,
            Reliability: options.Reliability,
            Notes: string.Create(CultureInfo.InvariantCulture, $"Imported from {fileName}{(reading.Layout.Sheet is { } sheet ? $", sheet \"{sheet}\"" : string.Empty)} ({rows.Count:N0} rows) by {actor.Name}.")));
        source.RecordArchivedContent(content.Span);
        source.RecordListFingerprint(fingerprint);
        if (options.Supersedes is { } supersedes)
        {
            source.MarkAsNewVersionOf(supersedes);
        }

        context.Sources.Add(source);

        var registry = await RegistryRecords.LoadAsync(context, cancellationToken).ConfigureAwait(false);
        var candidates = FindCandidates(registry, rows, options, progress, cancellationToken, out var comparedPairs);

        progress?.Report(new ListImportProgress(ListImportStage.Deciding, 0, rows.Count, rows.Count));
        var engine = $"linkage engine (import by {actor.Name})";
        var plans = new List<(ListRowInput Row, IReadOnlyList<Candidate> Candidates, MatchOrigin Origin)>();
        foreach (var row in rows)
        {
            var found = candidates.GetValueOrDefault(row.Index) ?? [];
            var origin = found.Count == 0 ? MatchOrigin.NewPerson
                : found.Count == 1 && options.LinkAt < 1 && found[0].Probability >= options.LinkAt && !found[0].HasCautions ? MatchOrigin.Linked
                : MatchOrigin.ForReview;
            plans.Add((row, found, origin));
        }

        // One transaction, saved a chunk of rows at a time: the change tracker holds one chunk, not
        // the whole list (a single save of 100,000 rows held gigabytes and took minutes), and a
        // problem found in any row, a failure or a cancellation rolls every chunk back
        // (docs/adr/0019). Once a row is refused nothing more is saved, but every row is still
        // decided, so that the list's keeper sees all its problems at once. Meanwhile every other
        // write in this process waits at the database's gate, up to its bound, instead of failing
        // at the database's lock; the hold ends after the transaction (declared first, disposed last).
        await using var hold = write ? await context.HoldOtherWritesAsync(cancellationToken).ConfigureAwait(false) : null;
        await using var transaction = write ? await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false) : null;
        var saving = write;
        IReadOnlyList<string> demoKeys = [];
        if (saving)
        {
            // Real people retire the demo administrator, in the import's one transaction (docs/adr/0023).
            demoKeys = options.Invented ? [] : await DemoGuard.RetireDemoAdministratorAsync(context, now, cancellationToken).ConfigureAwait(false);
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            context.ChangeTracker.Clear();
        }

        int linked = 0, forReview = 0, newPeople = 0, assertions = 0, decided = 0;
        foreach (var chunk in plans.Chunk(SaveChunkRows))
        {
            var chunkLinked = chunk.Where(p => p.Origin == MatchOrigin.Linked).Select(p => p.Candidates[0].PersonId).ToHashSet();
            var linkedPeople = await LoadTrackedAsync(context, chunkLinked, cancellationToken).ConfigureAwait(false);
            foreach (var (row, found, origin) in chunk)
            {
                cancellationToken.ThrowIfCancellationRequested();
                decided++;
                try
                {
                    var entry = new ListEntry(
                        Guid.Empty, source.Id, row.Line, row.RecordId, row.GivenName, row.FamilyName, row.Patronymic, row.BirthDateText, row.BirthPlace,
                        row.Fate, row.AsOf, options.Credibility, options.Invented, row.Side, row.Details);
                    context.ListEntries.Add(entry);
                    switch (origin)
                    {
                        case MatchOrigin.Linked:
                        {
                            var person = linkedPeople[found[0].PersonId];
                            var assertion = EntryFates.Record(person, entry, actor.Name, now);
                            var match = new ListMatch(Guid.Empty, entry.Id, person.Id, origin, found[0].Probability, found[0].Weight, found[0].Explanation);
                            match.Judge(MatchDecision.Same, engine, now, string.Create(CultureInfo.InvariantCulture, $"match probability {found[0].Probability:0.0000} ≥ {options.LinkAt} and no other person at {options.ReviewFrom} or more"), assertion?.Id);
                            context.ListMatches.Add(match);
                            assertions += assertion is null ? 0 : 1;
                            linked++;
                            break;
                        }

                        case MatchOrigin.ForReview:
                            foreach (var candidate in found)
                            {
                                context.ListMatches.Add(new ListMatch(Guid.Empty, entry.Id, candidate.PersonId, origin, candidate.Probability, candidate.Weight, candidate.Explanation));
                            }

                            forReview++;
                            break;

                        default:
                        {
                            var person = EntryPeople.Register(entry, row.Side);
                            var assertion = EntryFates.Record(person, entry, actor.Name, now);
                            context.People.Add(person);
                            var match = new ListMatch(Guid.Empty, entry.Id, person.Id, origin, 1, 0, null);
                            match.Judge(MatchDecision.Same, engine, now, $"no one in the registry matched at {options.ReviewFrom.ToString(CultureInfo.InvariantCulture)} or more; registered as a new person", assertion?.Id);
                            context.ListMatches.Add(match);
                            assertions += assertion is null ? 0 : 1;
                            newPeople++;
                            break;
                        }
                    }
                }
                catch (DomainRuleException e)
                {
                    // The registry refuses what the row says (a capture dated before the birth): the
                    // list needs correcting, so nothing is saved and the line is named.
                    problems.Add(ListProblems.At(fileName, reading.Layout.Sheet, row.Line, null, e.Sentence));
                    saving = false;
                }
            }

            if (saving)
            {
                // The chunk's new rows (entries, matches, new people with their index rows and
                // audit entries) go through the provider's fast path; the people rows linked to
                // are edits, which the bulk save leaves to EF in the same transaction.
                await context.SaveChangesInBulkAsync(cancellationToken).ConfigureAwait(false);
            }

            context.ChangeTracker.Clear();
            progress?.Report(new ListImportProgress(write ? ListImportStage.Saving : ListImportStage.Deciding, decided, rows.Count, rows.Count));
        }

        var report = new ListImportReport(source.Id, rows.Count, linked, forReview, newPeople, assertions, comparedPairs, stopwatch.Elapsed.TotalSeconds);
        if (!write)
        {
            return report with { Written = false, Problems = Capped(problems) };
        }

        if (problems.Count > 0)
        {
            // Disposing the transaction uncommitted rolls back every chunk saved before the problem.
            throw new ListImportException(Capped(problems));
        }

        report = report with { Seconds = stopwatch.Elapsed.TotalSeconds };
        if (beforeCommit is not null)
        {
            await beforeCommit(context, report, cancellationToken).ConfigureAwait(false);
        }

        await transaction!.CommitAsync(cancellationToken).ConfigureAwait(false);
        owners?.Forget(demoKeys);
        return report;
    }

    private static ListReading Read(ReadOnlyMemory<byte> content, string fileName, ListMapping? mapping, CancellationToken cancellationToken)
    {
        try
        {
            var file = TableReader.Read(content, fileName, cancellationToken);
            return ListReader.Read(file, mapping, cancellationToken);
        }
        catch (TableInputException e)
        {
            throw new ListImportException(e.Problems.Select(ListProblems.Of).ToList());
        }
    }

    private static void CheckSize(long length, string fileName)
    {
        if (length > MaxBytes)
        {
            throw TooLarge(fileName);
        }
    }

    private static ListImportException TooLarge(string fileName) =>
        new([Sentence.Of($"{fileName}: the list is larger than {MaxBytes / (1024 * 1024)} MiB; split it into parts")]);

    private static List<Sentence> Capped(List<Sentence> problems)
    {
        if (problems.Count <= MaxProblemsReported)
        {
            return problems;
        }

        var more = problems.Count - MaxProblemsReported;
        return [.. problems.Take(MaxProblemsReported), Sentence.Of($"… and {more:N0} more problems")];
    }

    private static FieldErrors CheckOptions(ListImportOptions options)
    {
        var errors = new FieldErrors();
        if (string.IsNullOrWhiteSpace(options.SourceTitle))
        {
            errors.Add("source", "Give the list a title as a source, e.g. \"ICRC list of confirmed captives, 2021-01-12\".");
        }
        else if (options.SourceTitle.Length > 300)
        {
            errors.Add("source", "The title is longer than 300 characters.");
        }

        if (!(options.ReviewFrom > 0 && options.ReviewFrom <= options.LinkAt && options.LinkAt <= 1))
        {
            errors.Add("linkAt", $"Probabilities must satisfy 0 < review-from ({options.ReviewFrom}) ≤ link-at ({options.LinkAt}) ≤ 1 (1: every match is reviewed).");
        }

        if (options.Fate is not null && !Enum.IsDefined(options.Fate.Value))
        {
            errors.Add("fate", $"{(int)options.Fate.Value} is not a fate status.");
        }

        if (!Enum.IsDefined(options.Reliability))
        {
            errors.Add("reliability", "Reliability is a grade from A (completely reliable) to F (cannot be judged).");
        }

        if (!Enum.IsDefined(options.Credibility))
        {
            errors.Add("credibility", "Credibility is a grade from 1 (confirmed) to 6 (cannot be judged).");
        }

        return errors;
    }

    private static async Task<byte[]> ReadAllAsync(Stream content, string fileName, CancellationToken cancellationToken) =>
        await LimitedRead.ReadAsync(content, MaxBytes, cancellationToken).ConfigureAwait(false)
            ?? throw TooLarge(fileName);

    // The candidates of each list row: registry people above the review threshold, likeliest first.
    private static Dictionary<int, IReadOnlyList<Candidate>> FindCandidates(
        RegistryRecords registry, List<ListRowInput> rows, ListImportOptions options, IProgress<ListImportProgress>? progress, CancellationToken cancellationToken, out long comparedPairs)
    {
        comparedPairs = 0;
        if (registry.Table.Count == 0 || rows.Count == 0)
        {
            return [];
        }

        // The row's position is its id for the engine: a list's own numbers may repeat (that is
        // reported), and the engine needs them unique.
        var values = rows.Select(r => new[]
        {
            r.Index.ToString(CultureInfo.InvariantCulture), r.GivenName, r.FamilyName, r.Patronymic, r.BirthDateText, r.BirthPlace,
        }).ToList();
        var present = RegistryRecords.Columns.Where((_, c) => c == 0 || values.Exists(v => v[c] is not null)).ToList();
        var keep = RegistryRecords.Columns.Select((name, c) => (name, c)).Where(x => present.Contains(x.name)).Select(x => x.c).ToArray();
        var list = new RecordTable("list", present, "id", values.Select(v => keep.Select(c => v[c]).ToArray()).ToList());

        var settings = LinkageSettings.ForPersonLists(present) with { Threshold = options.ReviewFrom };
        var linkage = progress is null ? null : new LinkageProgressRelay(progress, rows.Count);
        var result = new Linker(settings).Link(list, registry.Table, linkage, cancellationToken);
        comparedPairs = result.CandidatePairs;

        var byRow = new Dictionary<int, IReadOnlyList<Candidate>>();
        foreach (var group in result.Matches.GroupBy(m => m.Left))
        {
            byRow[group.Key] = group
                .GroupBy(m => registry.PersonOfRow[m.Right])
                .Select(forms => forms.MaxBy(m => m.Probability))
                .OrderByDescending(m => m.Probability)
                .Take(MaxCandidatesPerRow)
                .Select(m =>
                {
                    var personId = registry.PersonOfRow[m.Right];
                    var row = rows[m.Left];
                    var facts = registry.Facts[personId];
                    var cautions = LinkCautions.Between(row.Side, row.BirthDateText, facts.Side, facts.BirthDate);
                    return new Candidate(personId, Math.Clamp(m.Probability, 0, 1), m.Weight, Explain(result.Explain(m.Left, m.Right), cautions), cautions.Count > 0);
                })
                .ToList();
        }

        return byRow;
    }

    // The engine's explanation, with what the row contradicts beside it for the reviewer.
    private static string Explain(object explanation, IReadOnlyList<LinkCaution> cautions)
    {
        var json = JsonSerializer.SerializeToNode(explanation, ExplanationJson)!.AsObject();
        if (cautions.Count > 0)
        {
            json["cautions"] = JsonSerializer.SerializeToNode(cautions, ExplanationJson);
        }

        return json.ToJsonString(ExplanationJson);
    }

    private static async Task<Dictionary<Guid, Person>> LoadTrackedAsync(WhereaboutsDbContext context, HashSet<Guid> ids, CancellationToken cancellationToken)
    {
        var people = new Dictionary<Guid, Person>();
        foreach (var chunk in ids.Chunk(500))
        {
            foreach (var person in await context.People.AsSplitQuery().Where(p => chunk.Contains(p.Id)).ToListAsync(cancellationToken).ConfigureAwait(false))
            {
                people[person.Id] = person;
            }
        }

        return people;
    }

    // Reports the engine's stages as the import's linking stage, as it happens (Progress<T>
    // would post to the thread pool and report after the import moved on).
    private sealed class LinkageProgressRelay(IProgress<ListImportProgress> progress, int rows) : IProgress<LinkageProgress>
    {
        public void Report(LinkageProgress value) => progress.Report(new ListImportProgress(ListImportStage.Linking, value.Done, value.Total, rows));
    }

    private sealed record Candidate(Guid PersonId, double Probability, double Weight, string Explanation, bool HasCautions);
}
