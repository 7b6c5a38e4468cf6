using System.CommandLine;
using System.Globalization;
using Whereabouts.Application.Common;
using Whereabouts.Application.Exports;

namespace Whereabouts.Cli.Commands;

/// <summary>
/// <c>whereabouts snapshot import</c>: reads back what <c>whereabouts export json</c> and
/// <c>export csv</c> write, into this registry, with the same ids. (<c>whereabouts import</c> is
/// the import of lists of names, a different thing.)
/// </summary>
internal static class SnapshotCommand
{
    public static Command Create(CliContext context)
    {
        var snapshot = new Command("snapshot", "Import a registry snapshot written by `whereabouts export json` or `export csv`.");
        snapshot.Subcommands.Add(CreateImport(context));
        return snapshot;
    }

    private static Command CreateImport(CliContext context)
    {
        var path = new Argument<string>("PATH") { Description = "The snapshot: a .json document, a folder of CSV files, or a .zip of them." };
        var allowDemoData = AllowDemoDataOption.Create();
        var folder = FilesCommand.FolderOption();
        var command = new Command(
            "import",
            "Import every record of a snapshot with its id, in one transaction. Records this registry already holds are left as they are; "
            + "a snapshot with any problem imports nothing. The bytes of evidence files a snapshot carries (export csv --with-files) "
            + "are kept in the file store, each checked against its SHA-256.")
        {
            path,
            allowDemoData,
            folder,
        };
        command.SetAction((parse, cancellationToken) => context.RunAsync(parse, async database =>
        {
            var location = parse.GetValue(path)!;
            if (!File.Exists(location) && !Directory.Exists(location))
            {
                return await context.FailAsync($"{location}: no such file or folder").ConfigureAwait(false);
            }

            try
            {
                var read = await SnapshotImport.ReadAsync(location, cancellationToken).ConfigureAwait(false);

                // The bytes first: kept by their hash, they change nothing in the registry, and
                // bytes that do not match their name refuse the whole snapshot before it is imported.
                var kept = await SnapshotFileBytes.StoreAsync(location, FilesCommand.Store(parse, folder, database), Whereabouts.Application.Files.FileLimit.DefaultBytes, cancellationToken).ConfigureAwait(false);
                if (kept > 0)
                {
                    await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{location}: the bytes of {kept} files kept in the file store.")).ConfigureAwait(false);
                }

                var result = await new SnapshotImport(database, new FixedActor(CliContext.ActorName)).ImportAsync(read, parse.GetValue(allowDemoData), cancellationToken).ConfigureAwait(false);
                await WriteSummaryAsync(context.Output, location, result).ConfigureAwait(false);
                return 0;
            }
            catch (SnapshotInputException e)
            {
                foreach (var problem in e.Problems)
                {
                    await context.Error.WriteLineAsync(problem.ToString()).ConfigureAwait(false);
                }

                await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{location}: refused, nothing imported ({e.Problems.Count} problems).")).ConfigureAwait(false);
                return 1;
            }
        }));
        return command;
    }

    private static async Task WriteSummaryAsync(TextWriter output, string location, SnapshotImportResult result)
    {
        await output.WriteLineAsync(result.Added == 0
            ? $"{location}: nothing new; nothing changed."
            : $"{location}: imported.").ConfigureAwait(false);
        foreach (var table in result.Tables)
        {
            await output.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"{table.Table + ":",-13} {table.Added} added, {table.AlreadyPresent.Count} already present (left as they are)")).ConfigureAwait(false);
        }
    }
}
