using System.CommandLine;
using Whereabouts.Application.Persons;

namespace Whereabouts.Cli.Commands;

/// <summary><c>whereabouts export</c>: writes registry records to a file or standard output.</summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var export = new Command("export", "Export registry records as CSV or JSON.");
        export.Subcommands.Add(CreatePersons(context));
        return export;
    }

    private static Command CreatePersons(CliContext context)
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "csv: one row per person, for spreadsheets; json: every name form and source as arrays, lossless.",
            Required = true,
            HelpName = "csv|json",
        };
        format.AcceptOnlyFromAmong("csv", "json");
        var output = new Option<FileInfo?>("--out", "-o")
        {
            Description = "The file to write; standard output when absent. An existing file is replaced only when the export succeeds.",
            HelpName = "FILE",
        };

        var command = new Command("persons", "Export every person: all name forms, details, current fate (contested or not) and the sources cited.")
        {
            format,
            output,
        };
        command.SetAction((parse, cancellationToken) => context.RunAsync(parse, async database =>
        {
            var chosen = string.Equals(parse.GetValue(format), "csv", StringComparison.Ordinal) ? ExportFormat.Csv : ExportFormat.Json;
            var exporter = new PersonExporter(database);
            var file = parse.GetValue(output);
            if (file is null)
            {
                await using var stdout = new TextWriterStream(context.Output);
                await exporter.ExportAsync(stdout, chosen, cancellationToken).ConfigureAwait(false);
                await stdout.FlushAsync(cancellationToken).ConfigureAwait(false);
                return 0;
            }

            // Write beside the target and move into place, so a failed export never leaves half a file.
            var partial = file.FullName + ".partial";
            int count;
            await using (var stream = File.Create(partial))
            {
                count = await exporter.ExportAsync(stream, chosen, cancellationToken).ConfigureAwait(false);
            }

            File.Move(partial, file.FullName, overwrite: true);
            await context.Error.WriteLineAsync($"Exported {count} people to {file.FullName}.").ConfigureAwait(false);
            return 0;
        }));
        return command;
    }
}
