using System.CommandLine;
using System.Globalization;
using Whereabouts.Application.Common;
using Whereabouts.Application.Lists;
using Whereabouts.Domain;
using Whereabouts.Storage;
using Whereabouts.Tables.Layout;
using Whereabouts.Tables.Reading;

namespace Whereabouts.Cli.Commands;

/// <summary><c>whereabouts import LIST --source TITLE</c>: records a list (workbook or delimited text) as a source and links its rows to the registry.</summary>
internal static class ImportCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<FileInfo>("LIST")
        {
            Description = "The list: an Excel workbook (.xlsx, .xls) or delimited text (comma, semicolon, tab or bar; UTF-8, UTF-16, Windows-1251, KOI8-R or Windows-1252). "
                + "Headers in English, Russian, Armenian or Azerbaijani are recognised (ФИО, Фамилия, Ազգանուն, Soyadı, Дата рождения…); a title line above the header is skipped; other columns are kept with each row.",
        };
        var source = new Option<string>("--source")
        {
            Description = "The list's title as a source, e.g. \"ICRC list of confirmed captives, 2021-01-12\".",
            Required = true,
            HelpName = "TITLE",
        };
        var reliability = new Option<Reliability>("--reliability") { Description = "The list's reliability grade, A (completely reliable) to F (cannot be judged).", DefaultValueFactory = _ => Reliability.F };
        var fate = new Option<FateStatus?>("--fate") { Description = "The fate the list states for everyone on it (e.g. CaptureConfirmed); a fate column overrides it per row." };
        var asOf = new Option<string?>("--as-of") { Description = "The date the list's fate refers to (YYYY, YYYY-MM or YYYY-MM-DD); a fate_date column overrides it.", HelpName = "DATE" };
        var credibility = new Option<int>("--credibility") { Description = "Credibility of the list's fate statements, 1 (confirmed) to 6 (cannot be judged).", DefaultValueFactory = _ => 6 };
        var side = new Option<string?>("--side") { Description = "The party the list speaks of, by its slug (such as armenian; any case): given to people registered from it, and a row is never linked without review to a person of another party. A side column overrides it per row.", HelpName = "SLUG" };
        var linkAt = new Option<double>("--link-at") { Description = "Match probability at or above which a row is linked without review (when no one else comes close); 1 sends every match to review.", DefaultValueFactory = _ => 0.99 };
        var reviewFrom = new Option<double>("--review-from") { Description = "Match probability from which a possible match goes to the review queue; below it a row becomes a new person.", DefaultValueFactory = _ => 0.5 };
        var invented = new Option<bool>("--invented") { Description = "The list's people are invented (test or demo data)." };
        var allowDemoData = AllowDemoDataOption.Create();
        var sheet = new Option<string?>("--sheet") { Description = "The workbook's sheet to read (default: the first; or as the mapping says).", HelpName = "NAME" };
        var map = new Option<FileInfo?>("--map") { Description = "A mapping file (JSON) saying what columns hold where the headers are not recognised: {\"headerLine\": 3, \"nameOrder\": \"FamilyFirst\", \"columns\": {\"C\": \"BirthDate\", \"Звание\": \"Rank\"}}.", HelpName = "FILE" };
        var preview = new Option<bool>("--preview") { Description = "Print how the list is read (its layout and first rows) and write nothing." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Link the list and print what the import would do (linked, for review, new people, problems) without writing anything." };
        var supersedes = new Option<Guid?>("--supersedes") { Description = "The source id of an earlier version of this list: what changed between them is then shown (rows added, gone, changed).", HelpName = "SOURCE-ID" };

        var command = new Command("import", "Import a list of people: record it as a source, link each row to the registry (sure matches linked, uncertain ones to the review queue, the rest registered as new people).")
        {
            file, source, reliability, fate, asOf, credibility, side, linkAt, reviewFrom, invented, allowDemoData, sheet, map, preview, dryRun, supersedes,
        };
        command.SetAction((parse, cancellationToken) => context.RunAsync(parse, async database =>
        {
            PartialDate? date = null;
            if (parse.GetValue(asOf) is { } text && !PartialDate.TryParse(text, out date, out var problem))
            {
                return await context.FailAsync($"--as-of: {problem.English}").ConfigureAwait(false);
            }

            ListMapping? mapping = null;
            if (parse.GetValue(map) is { } mapFile)
            {
                if (!mapFile.Exists)
                {
                    return await context.FailAsync($"--map: {mapFile.FullName} does not exist.").ConfigureAwait(false);
                }

                try
                {
                    mapping = ListMapping.Parse(await File.ReadAllTextAsync(mapFile.FullName, cancellationToken).ConfigureAwait(false), mapFile.Name);
                }
                catch (TableInputException e)
                {
                    return await context.FailAsync($"--map: {e.Message}").ConfigureAwait(false);
                }
            }

            if (parse.GetValue(sheet) is { } sheetName)
            {
                mapping = (mapping ?? new ListMapping()) with { Sheet = sheetName };
            }

            var options = new ListImportOptions(
                parse.GetValue(source)!,
                parse.GetValue(reliability),
                parse.GetValue(fate),
                date,
                (Credibility)parse.GetValue(credibility),
                parse.GetValue(side),
                parse.GetValue(linkAt),
                parse.GetValue(reviewFrom),
                parse.GetValue(invented),
                mapping,
                parse.GetValue(supersedes),
                parse.GetValue(allowDemoData));
            var mode = parse.GetValue(preview) ? ImportMode.Preview : parse.GetValue(dryRun) ? ImportMode.DryRun : ImportMode.Import;
            return await RunAsync(context, database, parse.GetValue(file)!, options, mode, cancellationToken).ConfigureAwait(false);
        }));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, WhereaboutsDatabase database, FileInfo file, ListImportOptions options, ImportMode mode, CancellationToken cancellationToken)
    {
        if (!file.Exists)
        {
            return await context.FailAsync($"{file.FullName}: the file does not exist.").ConfigureAwait(false);
        }

        if (file.Length > ListImporter.MaxBytes)
        {
            return await context.FailAsync(string.Create(CultureInfo.InvariantCulture, $"{file.Name}: the list is larger than {ListImporter.MaxBytes / (1024 * 1024)} MiB; split it into parts")).ConfigureAwait(false);
        }

        var importer = new ListImporter(database, new FixedActor(CliContext.ActorName), TimeProvider.System);
        try
        {
            var bytes = await File.ReadAllBytesAsync(file.FullName, cancellationToken).ConfigureAwait(false);
            if (mode == ImportMode.Preview)
            {
                await ImportPreviewPrinter.WriteAsync(context.Output, ListImporter.Preview(bytes, file.Name, options.Mapping, cancellationToken: cancellationToken)).ConfigureAwait(false);
                return 0;
            }

            if (mode == ImportMode.DryRun)
            {
                var dry = await importer.DryRunAsync(bytes, file.Name, options, new SynchronousProgress(context.Error), cancellationToken).ConfigureAwait(false);
                await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"""
                    dry run of {file.Name}: nothing was written
                      rows read:                  {dry.Rows:N0}
                      would be linked:            {dry.Linked:N0}
                      would wait for review:      {dry.ForReview:N0}
                      would be new people:        {dry.NewPeople:N0}
                      problems:                   {dry.Problems.Count:N0}
                    """)).ConfigureAwait(false);
                foreach (var problem in dry.Problems)
                {
                    await context.Error.WriteLineAsync($"error: {problem}").ConfigureAwait(false);
                }

                return dry.Problems.Count == 0 ? 0 : 1;
            }

            var report = await importer.ImportAsync(bytes, file.Name, options, new SynchronousProgress(context.Error), cancellationToken).ConfigureAwait(false);
            await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"""
                imported {report.Rows:N0} rows as the source "{options.SourceTitle}" ({report.SourceId})
                  linked to registry people:  {report.Linked:N0}
                  waiting for review:         {report.ForReview:N0}
                  registered as new people:   {report.NewPeople:N0}
                  fate assertions recorded:   {report.FateAssertions:N0}
                  pairs compared:             {report.CandidatePairs:N0}, in {report.Seconds:F1} s
                """)).ConfigureAwait(false);
            if (report.ForReview > 0)
            {
                await context.Output.WriteLineAsync("Review the uncertain rows in the web app, under Review.").ConfigureAwait(false);
            }

            return 0;
        }
        catch (ListImportException e)
        {
            await context.Error.WriteLineAsync("nothing was imported:").ConfigureAwait(false);
            foreach (var problem in e.Problems)
            {
                await context.Error.WriteLineAsync($"error: {problem}").ConfigureAwait(false);
            }

            return 1;
        }
    }

    private enum ImportMode
    {
        Import,
        Preview,
        DryRun,
    }

    // Writes progress as it comes (Progress<T> would post to the thread pool and could print
    // after the summary): each stage once, and within a stage at most every tenth of it.
    private sealed class SynchronousProgress(TextWriter writer) : IProgress<ListImportProgress>
    {
        private ListImportStage? _stage;
        private int _tenth = -1;

        public void Report(ListImportProgress value)
        {
            var tenth = (int)(value.Fraction * 10);
            if (value.Stage != _stage || tenth > _tenth)
            {
                _stage = value.Stage;
                _tenth = tenth;
                writer.WriteLine(value.ToString());
            }
        }
    }
}
