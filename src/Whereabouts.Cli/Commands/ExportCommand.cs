using System.CommandLine;
using System.Globalization;
using Whereabouts.Application.Exports;
using Whereabouts.Application.Persons;

namespace Whereabouts.Cli.Commands;

/// <summary><c>whereabouts export</c>: writes registry records to a file or standard output.</summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var export = new Command("export", "Export registry records as CSV or JSON.");
        export.Subcommands.Add(CreatePersons(context));
        export.Subcommands.Add(CreateJson(context));
        export.Subcommands.Add(CreateCsv(context));
        return export;
    }

    private static Command CreateJson(CliContext context)
    {
        var output = new Option<FileInfo?>("--out", "-o")
        {
            Description = "The file to write; standard output when absent. An existing file is replaced only when the export succeeds.",
            HelpName = "FILE",
        };
        var command = new Command(
            "json",
            "Export a snapshot of the whole registry as one JSON document, for `whereabouts snapshot import`. "
            + "It holds every name: keep it as safe as the registry. Family notifications and archived documents are left out.")
        {
            output,
        };
        command.SetAction((parse, cancellationToken) => context.RunAsync(parse, async database =>
        {
            var snapshot = await new SnapshotExport(database).ReadAsync(cancellationToken).ConfigureAwait(false);
            var file = parse.GetValue(output);
            if (file is null)
            {
                await using var stdout = new TextWriterStream(context.Output);
                await SnapshotJson.WriteAsync(snapshot, stdout, cancellationToken).ConfigureAwait(false);
                await stdout.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await WriteReplacingAsync(file.FullName, stream => SnapshotJson.WriteAsync(snapshot, stream, cancellationToken)).ConfigureAwait(false);
            }

            await WriteSummaryAsync(context, snapshot, file?.FullName ?? "standard output").ConfigureAwait(false);
            return 0;
        }));
        return command;
    }

    private static Command CreateCsv(CliContext context)
    {
        var output = new Option<string>("--out", "-o")
        {
            Description = "The folder to write one CSV file per table into (created if needed; files of the same names are replaced), "
                + "or a file ending in .zip to write them into.",
            Required = true,
            HelpName = "DIR|FILE.zip",
        };
        var withFiles = new Option<bool>("--with-files")
        {
            Description = "Also write the bytes of every evidence file, under files/SHA256 beside the tables (by default a snapshot carries the files as references with their hashes).",
        };
        var folder = FilesCommand.FolderOption();
        var command = new Command(
            "csv",
            "Export a snapshot of the whole registry as CSV, one file per table (people.csv, names.csv, fates.csv, ...), "
            + "for spreadsheets and for `whereabouts snapshot import`. Family notifications and archived documents are left out.")
        {
            output,
            withFiles,
            folder,
        };
        command.SetAction((parse, cancellationToken) => context.RunAsync(parse, async database =>
        {
            var target = Path.GetFullPath(parse.GetValue(output)!);
            var snapshot = await new SnapshotExport(database).ReadAsync(cancellationToken).ConfigureAwait(false);
            IReadOnlyList<string> missing = [];
            var zip = target.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);
            if (parse.GetValue(withFiles))
            {
                var store = FilesCommand.Store(parse, folder, database);
                if (zip)
                {
                    await WriteReplacingAsync(target, async stream => missing = await SnapshotFileBytes.WriteZipAsync(snapshot, store, stream, cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
                }
                else
                {
                    missing = await SnapshotFileBytes.WriteFolderAsync(snapshot, store, target, cancellationToken).ConfigureAwait(false);
                }
            }
            else if (zip)
            {
                await WriteReplacingAsync(target, stream => SnapshotCsv.WriteZipAsync(snapshot, stream, cancellationToken)).ConfigureAwait(false);
            }
            else
            {
                await SnapshotCsv.WriteFolderAsync(snapshot, target, cancellationToken).ConfigureAwait(false);
            }

            await WriteSummaryAsync(context, snapshot, target).ConfigureAwait(false);
            foreach (var sha256 in missing)
            {
                await context.Error.WriteLineAsync($"warning: the bytes of the file {sha256} are not in the file store; the snapshot names the file without them (see `whereabouts files verify`).").ConfigureAwait(false);
            }

            return 0;
        }));
        return command;
    }

    // Write beside the target and move into place, so a failed export never leaves half a file.
    private static async Task WriteReplacingAsync(string path, Func<Stream, Task> write)
    {
        var partial = path + ".partial";
        await using (var stream = File.Create(partial))
        {
            await write(stream).ConfigureAwait(false);
        }

        File.Move(partial, path, overwrite: true);
    }

    private static async Task WriteSummaryAsync(CliContext context, RegistrySnapshot snapshot, string target)
    {
        var counts = SnapshotSchema.Tables
            .Where(t => snapshot.Rows(t).Count > 0)
            .Select(t => string.Create(CultureInfo.InvariantCulture, $"{snapshot.Rows(t).Count} {t.Name}"));
        await context.Error.WriteLineAsync($"Exported {string.Join(", ", counts)} to {target}.").ConfigureAwait(false);
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
