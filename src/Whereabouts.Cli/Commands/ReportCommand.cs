using System.CommandLine;
using System.Globalization;
using System.Text;
using Whereabouts.Application.Common;
using Whereabouts.Application.Parties;
using Whereabouts.Application.Reports;
using Whereabouts.Cli.Reports;
using Whereabouts.Domain;

namespace Whereabouts.Cli.Commands;

/// <summary>
/// <c>whereabouts report</c>: the still-held list of a side and the public statistics, the same
/// figures as the web pages and <c>/api/v1</c>, for court files and scripts.
/// </summary>
internal static class ReportCommand
{
    private const string DayForm = "YYYY-MM-DD";

    public static Command Create(CliContext context)
    {
        var report = new Command("report", "Print the still-held list of a side or the public statistics, as a table, JSON or CSV.");
        report.Subcommands.Add(CreateStillHeld(context));
        report.Subcommands.Add(CreateStatistics(context));
        report.Subcommands.Add(ObligationsCommand.Create(context));
        return report;
    }

    private static Command CreateStillHeld(CliContext context)
    {
        var side = new Option<string>("--side")
        {
            Description = "Whose people to list: Armenian or Azerbaijani (any case).",
            Required = true,
            HelpName = "Armenian|Azerbaijani",
        };
        var asOf = AsOfOption("The day to list who was held on, by when things happened. Default: today (UTC), or the --recorded-on day.");
        var recordedOn = RecordedOnOption("The registry as recorded by the end of this day (UTC): fates, retractions and joins of records recorded later are left out. Default: what it holds now.");
        var format = new Option<string>("--format", "-f")
        {
            Description = "table: readable columns; json: the document of GET /api/v1/reports/still-held; csv: one row per person.",
            DefaultValueFactory = _ => "table",
            HelpName = "table|json|csv",
        };
        format.AcceptOnlyFromAmong("table", "json", "csv");
        var output = new Option<FileInfo?>("--out", "-o")
        {
            Description = "The file to write; standard output when absent. An existing file is kept unless --force is given.",
            HelpName = "FILE",
        };
        var force = new Option<bool>("--force") { Description = "Replace the --out file if it exists." };

        var command = new Command(
            "still-held",
            "List everyone of a side whose fate on a day was captivity (reported or confirmed captured, detained, on trial, sentenced): "
            + "since when, the evidence, legal cases; then each exchange up to that day, announced against named.")
        {
            side,
            asOf,
            recordedOn,
            format,
            output,
            force,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            // Input is checked before the database is opened, so bad input creates nothing: no database, no file.
            var problems = new List<string>();
            var chosenSide = ReadSide(parse.GetValue(side), problems);
            var day = ReadDay(parse.GetValue(asOf), problems);
            var recordedDay = ReadDay(parse.GetValue(recordedOn), problems, "--recorded-on");
            var file = parse.GetValue(output);
            if (problems.Count == 0 && file is not null && file.Exists && !parse.GetValue(force))
            {
                problems.Add($"--out: {file.FullName} already exists; add --force to replace it.");
            }

            if (problems.Count > 0)
            {
                return await FailAsync(context, problems).ConfigureAwait(false);
            }

            return await context.RunAsync(parse, async database =>
            {
                // Whether the party exists is for the registry to say.
                var parties = await new PartyReader(database).ListAsync(cancellationToken).ConfigureAwait(false);
                var partyProblems = new List<string>();
                var party = ReadSide(chosenSide, parties, partyProblems);
                if (party is null)
                {
                    return await FailAsync(context, partyProblems).ConfigureAwait(false);
                }

                var report = await new StillHeldQuery(database, TimeProvider.System).RunAsync(party, day, recordedDay, cancellationToken).ConfigureAwait(false);
                Func<TextWriter, Task> write = parse.GetValue(format) switch
                {
                    "json" => writer => StillHeldOutput.WriteJsonAsync(writer, report),
                    "csv" => writer => StillHeldOutput.WriteCsvAsync(writer, report),
                    _ => writer => StillHeldOutput.WriteTableAsync(writer, report),
                };
                if (file is null)
                {
                    await write(context.Output).ConfigureAwait(false);
                    return 0;
                }

                await WriteFileAsync(file.FullName, parse.GetValue(force), write).ConfigureAwait(false);
                await context.Error.WriteLineAsync(string.Create(
                    CultureInfo.InvariantCulture,
                    $"Wrote the still-held list of the {report.Side} side as of {report.AsOf:yyyy-MM-dd}{(report.RecordedOn is { } recorded ? $", as recorded on {recorded:yyyy-MM-dd}," : string.Empty)} ({report.People.Count} people) to {file.FullName}.")).ConfigureAwait(false);
                return 0;
            }).ConfigureAwait(false);
        });
        return command;
    }

    private static Command CreateStatistics(CliContext context)
    {
        var asOf = AsOfOption("The day the figures describe, as things stood then. Default: the current fates, or the --recorded-on day.");
        var recordedOn = RecordedOnOption("The figures as the registry had recorded them by the end of this day (UTC). Default: what it holds now.");
        var format = new Option<string>("--format", "-f")
        {
            Description = "table: readable columns; json: the document of GET /api/v1/public/statistics.",
            DefaultValueFactory = _ => "table",
            HelpName = "table|json",
        };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command(
            "statistics",
            "Print the public statistics: people by fate and side, aggregates only. A count under "
            + PublicStatistics.Threshold.ToString(CultureInfo.InvariantCulture)
            + " is hidden, and so is any further count (or the total) that would let it be worked out.")
        {
            asOf,
            recordedOn,
            format,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var problems = new List<string>();
            var day = ReadDay(parse.GetValue(asOf), problems);
            var recordedDay = ReadDay(parse.GetValue(recordedOn), problems, "--recorded-on");
            if (problems.Count > 0)
            {
                return await FailAsync(context, problems).ConfigureAwait(false);
            }

            return await context.RunAsync(parse, async database =>
            {
                var statistics = await new PublicStatisticsQuery(database).RunAsync(day, recordedDay, cancellationToken).ConfigureAwait(false);
                await (string.Equals(parse.GetValue(format), "json", StringComparison.Ordinal)
                    ? PublicStatisticsOutput.WriteJsonAsync(context.Output, statistics)
                    : PublicStatisticsOutput.WriteTableAsync(context.Output, statistics)).ConfigureAwait(false);
                return 0;
            }).ConfigureAwait(false);
        });
        return command;
    }

    private static Option<string?> AsOfOption(string description) => new("--as-of")
    {
        Description = description,
        HelpName = DayForm,
    };

    private static Option<string?> RecordedOnOption(string description) => new("--recorded-on")
    {
        Description = description,
        HelpName = DayForm,
    };

    // Before the database is opened: a party's slug in any case (armenian, Armenian), so that bad
    // input creates nothing.
    private static string? ReadSide(string? text, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(text) || !Party.IsSlug(text))
        {
            problems.Add(string.IsNullOrWhiteSpace(text)
                ? "--side: Choose a party by its slug (such as armenian); `whereabouts parties list` lists them."
                : $"--side: '{text.Trim()}' is not a party's slug (lowercase Latin letters, digits and hyphens, such as armenian).");
            return null;
        }

        return text;
    }

    // The side is read by the same rules as the API's ?side=, so the two accept the same values;
    // its messages are put under the option's name.
    private static string? ReadSide(string? text, PartyList parties, List<string> problems)
    {
        try
        {
            return StillHeldRequest.Parse(text, null, TimeProvider.System, parties).Side;
        }
        catch (ValidationFailedException e)
        {
            problems.AddRange(e.Errors.SelectMany(field => field.Value).Select(message => "--side: " + message));
            return null;
        }
    }

    // The day is read by the same rules as the API's ?asOf= and ?recordedOn= (a calendar day that
    // has come); its messages are put under the option's name.
    private static DateOnly? ReadDay(string? text, List<string> problems, string option = "--as-of")
    {
        try
        {
            return StillHeldRequest.ParseDay(text, TimeProvider.System);
        }
        catch (ValidationFailedException e)
        {
            problems.AddRange(e.Errors.SelectMany(field => field.Value).Select(message => option + ": " + message));
            return null;
        }
    }

    private static async Task<int> FailAsync(CliContext context, IReadOnlyList<string> problems)
    {
        var exitCode = 0;
        foreach (var problem in problems)
        {
            exitCode = await context.FailAsync(problem).ConfigureAwait(false);
        }

        return exitCode;
    }

    // Written beside the target and moved into place, so a failed run never leaves half a file; without
    // --force the move itself refuses a file that appeared since the check.
    private static async Task WriteFileAsync(string path, bool replace, Func<TextWriter, Task> write)
    {
        var partial = path + ".partial";
        try
        {
            await using (var writer = new StreamWriter(partial, append: false, new UTF8Encoding(false)))
            {
                await write(writer).ConfigureAwait(false);
            }

            File.Move(partial, path, overwrite: replace);
        }
        finally
        {
            if (File.Exists(partial))
            {
                File.Delete(partial);
            }
        }
    }
}
