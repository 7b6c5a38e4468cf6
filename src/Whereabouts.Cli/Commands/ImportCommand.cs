using System.CommandLine;
using System.Globalization;
using Whereabouts.Application.Common;
using Whereabouts.Application.Lists;
using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Cli.Commands;

/// <summary><c>whereabouts import LIST.csv --source TITLE</c>: records a list as a source and links its rows to the registry.</summary>
internal static class ImportCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<FileInfo>("LIST") { Description = "The list (CSV, UTF-8) with an id column and any of given_name, family_name, patronymic, birth_date, birth_place, fate, fate_date." };
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

        var command = new Command("import", "Import a list of people: record it as a source, link each row to the registry (sure matches linked, uncertain ones to the review queue, the rest registered as new people).")
        {
            file, source, reliability, fate, asOf, credibility, side, linkAt, reviewFrom, invented,
        };
        command.SetAction((parse, cancellationToken) => context.RunAsync(parse, async database =>
        {
            PartialDate? date = null;
            if (parse.GetValue(asOf) is { } text && !PartialDate.TryParse(text, out date, out var problem))
            {
                return await context.FailAsync($"--as-of: {problem}").ConfigureAwait(false);
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
                parse.GetValue(invented));
            return await RunAsync(context, database, parse.GetValue(file)!, options, cancellationToken).ConfigureAwait(false);
        }));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, WhereaboutsDatabase database, FileInfo file, ListImportOptions options, CancellationToken cancellationToken)
    {
        if (!file.Exists)
        {
            return await context.FailAsync($"{file.FullName}: the file does not exist.").ConfigureAwait(false);
        }

        var importer = new ListImporter(database, new FixedActor(CliContext.ActorName), TimeProvider.System);
        try
        {
            await using var stream = file.OpenRead();
            var report = await importer.ImportAsync(stream, file.Name, options, new SynchronousProgress(context.Error), cancellationToken).ConfigureAwait(false);
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

    // Writes each progress line as it comes; Progress<T> would post to the thread pool and
    // could print after the summary.
    private sealed class SynchronousProgress(TextWriter writer) : IProgress<string>
    {
        public void Report(string value) => writer.WriteLine(value);
    }
}
