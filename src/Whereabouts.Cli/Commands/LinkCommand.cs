using System.CommandLine;
using System.Globalization;
using Whereabouts.Application.Common;
using Whereabouts.Application.Linkage;
using Whereabouts.Linkage;
using Whereabouts.Linkage.Settings;

namespace Whereabouts.Cli.Commands;

/// <summary><c>whereabouts link</c>: deduplicates one list or links two, and writes the predicted matching pairs.</summary>
internal static class LinkCommand
{
    public static Command Create(CliContext context)
    {
        var left = new Argument<FileInfo>("LEFT") { Description = "The list to deduplicate, or the left list to link (CSV, UTF-8)." };
        var right = new Argument<FileInfo?>("RIGHT") { Description = "The right list to link against LEFT; absent to deduplicate LEFT.", Arity = ArgumentArity.ZeroOrOne };
        var settings = new Option<FileInfo?>("--settings")
        {
            Description = "Linkage settings (JSON): id column, separator, fields and comparisons, blocking rules, threshold. "
                + "Without it, person lists with the columns id, given_name, family_name, patronymic, birth_date, birth_place (any subset besides id) are expected.",
            HelpName = "S.json",
        };
        var threshold = new Option<double?>("--threshold")
        {
            Description = "The match probability at or above which a pair is written (0 < P < 1); overrides the settings (default 0.9).",
            HelpName = "P",
        };
        var output = new Option<FileInfo?>("--out", "-o")
        {
            Description = "Where to write the pairs (CSV: left_id,right_id,match_probability,match_weight); standard output when absent.",
            HelpName = "PAIRS.csv",
        };
        var explain = new Option<bool>("--explain")
        {
            Description = "Add an explanation column: each field's comparison level and what agreed "
                + "(\"family and given names swapped\", \"patronymic initial R. agrees with Рубенович\").",
        };

        var command = new Command("link", "Find the records that are the same person: within one list (deduplication) or between two (linkage), by Fellegi–Sunter probabilistic linkage across scripts and spellings.")
        {
            left,
            right,
            settings,
            threshold,
            output,
            explain,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(context, new LinkRequest(parse.GetValue(left)!, parse.GetValue(right), parse.GetValue(settings), parse.GetValue(threshold), parse.GetValue(output), parse.GetValue(explain)), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, LinkRequest request, CancellationToken cancellationToken)
    {
        var (leftFile, rightFile, settingsFile, threshold, output, explain) = request;
        try
        {
            var settings = settingsFile is null ? null : LinkageSettings.Parse(await File.ReadAllTextAsync(settingsFile.FullName, cancellationToken).ConfigureAwait(false), settingsFile.Name);
            var idColumn = settings?.IdColumn ?? "id";
            var separator = settings?.Separator ?? ",";
            var leftTable = CsvRecordReader.Read(leftFile.FullName, idColumn, separator);
            var rightTable = rightFile is null ? null : CsvRecordReader.Read(rightFile.FullName, idColumn, separator);
            // Both lists' columns: one may have a full_name column where the other has given_name and family_name.
            settings ??= LinkageSettings.ForPersonLists(leftTable.Columns.Union(rightTable?.Columns ?? [], StringComparer.OrdinalIgnoreCase).ToList());
            if (threshold is { } p)
            {
                settings = settings with { Threshold = p };
            }

            var progress = new ProgressBar(context.Error, enabled: !Console.IsErrorRedirected && TerminalWriter.Writes(context.Error, Console.Error));
            var linker = new Linker(settings);
            var result = rightTable is null
                ? linker.Deduplicate(leftTable, progress, cancellationToken)
                : linker.Link(leftTable, rightTable, progress, cancellationToken);
            progress.Finish();

            await WritePairsAsync(context, result, output, explain, cancellationToken).ConfigureAwait(false);
            foreach (var skipped in result.SkippedBlocks)
            {
                await context.Error.WriteLineAsync($"warning: skipped {skipped}; add a narrower blocking rule to compare them.").ConfigureAwait(false);
            }

            await context.Error.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"{result.Matches.Count:N0} matching pairs at probability >= {settings.Threshold} from {result.CandidatePairs:N0} candidate pairs in {result.Elapsed.TotalSeconds:F1} s (λ = {result.Model.Lambda:G3}, {result.Model.Iterations} EM iterations).")).ConfigureAwait(false);
            return 0;
        }
        catch (LinkageInputException e)
        {
            return await context.FailAsync(e.Message).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            return await context.FailAsync(e.Message).ConfigureAwait(false);
        }
    }

    private static async Task WritePairsAsync(CliContext context, LinkageResult result, FileInfo? output, bool explain, CancellationToken cancellationToken)
    {
        if (output is null)
        {
            await WritePairsAsync(context.Output, result, explain, cancellationToken).ConfigureAwait(false);
            return;
        }

        // Beside the target, then moved into place: a failed run never leaves half a file.
        var partial = output.FullName + ".partial";
        await using (var writer = new StreamWriter(partial, append: false, new System.Text.UTF8Encoding(false)))
        {
            await WritePairsAsync(writer, result, explain, cancellationToken).ConfigureAwait(false);
        }

        File.Move(partial, output.FullName, overwrite: true);
    }

    private static async Task WritePairsAsync(TextWriter writer, LinkageResult result, bool explain, CancellationToken cancellationToken)
    {
        await writer.WriteLineAsync("left_id,right_id,match_probability,match_weight" + (explain ? ",explanation" : string.Empty)).ConfigureAwait(false);
        foreach (var pair in result.Matches)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var line = string.Create(
                CultureInfo.InvariantCulture,
                $"{CsvCell.Field(result.Left.Ids[pair.Left])},{CsvCell.Field(result.Right.Ids[pair.Right])},{pair.Probability:0.######},{pair.Weight:0.###}");
            if (explain)
            {
                line += "," + CsvCell.Field(Explanation(result.Explain(pair.Left, pair.Right)));
            }

            await writer.WriteLineAsync(line).ConfigureAwait(false);
        }

        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>"name: names_swapped (family and given names swapped …); birth_date: exact", one field after another.</summary>
    private static string Explanation(PairExplanation explanation) =>
        string.Join("; ", explanation.Fields.Select(f => string.Create(
            CultureInfo.InvariantCulture,
            $"{f.Field}: {f.Level}{(f.Detail is null ? string.Empty : " (" + f.Detail + ")")} {f.Weight:+0.0;-0.0;0}")));
}
