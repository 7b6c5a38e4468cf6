using System.CommandLine;
using Whereabouts.Storage;
using Whereabouts.Storage.Audit;
using Whereabouts.Storage.Backup;

namespace Whereabouts.Cli.Commands;

/// <summary><c>whereabouts restore</c>: puts a copy made by <c>backup</c> in place of the registry.</summary>
internal static class RestoreCommand
{
    public static Command Create(CliContext context)
    {
        var from = new Option<FileInfo>("--from")
        {
            Description = "The copy made by 'whereabouts backup'.",
            HelpName = "FILE",
            Required = true,
        };
        var replace = new Option<bool>("--replace")
        {
            Description = "Restore over a registry that holds records; it is kept aside under its name with the time added, never deleted.",
        };
        var command = new Command(
            "restore",
            "Put a copy made by 'whereabouts backup' in place of the SQLite registry named by --db (stop the app first). "
            + "Refuses a registry that holds records unless told --replace. For PostgreSQL, print the pg_restore command.")
        {
            from,
            replace,
        };
        command.SetAction((parse, cancellationToken) => BackupCommand.RunOnFileAsync(context, parse, parse.GetValue(from)!.FullName, "restore into", async (location, file) =>
        {
            var outcome = RegistryBackup.RestoreSqlite(file, location, parse.GetValue(replace), DateTimeOffset.UtcNow);
            if (outcome.Refusal is not null)
            {
                return await context.FailAsync(outcome.Refusal).ConfigureAwait(false);
            }

            // A copy from before the latest version of the app is brought up to date now, not at the app's next start.
            var database = new WhereaboutsDatabase(location);
            await database.MigrateAsync(cancellationToken).ConfigureAwait(false);
            await context.Output.WriteLineAsync($"restored {file} into the {location}").ConfigureAwait(false);
            if (outcome.KeptAside is not null)
            {
                await context.Output.WriteLineAsync($"the registry it replaced is kept at {outcome.KeptAside}").ConfigureAwait(false);
            }

            await using var registry = database.CreateContext();
            var head = await AuditAnchor.ReadHeadAsync(registry, cancellationToken).ConfigureAwait(false);
            await context.Output.WriteLineAsync($"its audit head is {head?.ToString() ?? "(empty log)"}; check it with: whereabouts audit verify").ConfigureAwait(false);
            return 0;
        }));
        return command;
    }
}
