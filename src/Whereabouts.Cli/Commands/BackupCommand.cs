using System.CommandLine;
using System.Data.Common;
using System.Globalization;
using Whereabouts.Storage;
using Whereabouts.Storage.Audit;
using Whereabouts.Storage.Backup;

namespace Whereabouts.Cli.Commands;

/// <summary><c>whereabouts backup</c>: a consistent copy of the registry, taken while the app runs.</summary>
internal static class BackupCommand
{
    public static Command Create(CliContext context)
    {
        var output = new Option<FileInfo>("--out")
        {
            Description = "The file to write the copy to; it must not exist (a backup never overwrites).",
            HelpName = "FILE",
            Required = true,
        };
        var command = new Command(
            "backup",
            "Copy a SQLite registry to a file while the app keeps running (SQLite's online backup: one consistent state). "
            + "For PostgreSQL, print the pg_dump and pg_restore commands that copy and restore it.")
        {
            output,
        };
        command.SetAction((parse, cancellationToken) => RunOnFileAsync(context, parse, parse.GetValue(output)!.FullName, "back up", async (location, file) =>
        {
            var bytes = RegistryBackup.BackupSqlite(location, file);
            await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"backed up the {location} to {file} ({bytes:N0} bytes)")).ConfigureAwait(false);
            await using var copy = new WhereaboutsDatabase(DatabaseLocation.Sqlite(file)).CreateContext();
            if (await AuditAnchor.ReadHeadAsync(copy, cancellationToken).ConfigureAwait(false) is { } head)
            {
                await context.Output.WriteLineAsync($"the copy's audit head is {head}; check the copy with: whereabouts audit verify --db {file} --anchor {head}").ConfigureAwait(false);
            }

            return 0;
        }));
        return command;
    }

    /// <summary>
    /// Runs <paramref name="work"/> on the SQLite registry named by <c>--db</c> and the backup
    /// <paramref name="file"/>, or prints PostgreSQL's own commands for a PostgreSQL registry. Not
    /// through <see cref="CliContext.RunAsync"/>: migrating takes a write lock, which would wait for
    /// the running app's writes (a backup only reads), and would create a registry a restore is
    /// about to put in place.
    /// </summary>
    public static async Task<int> RunOnFileAsync(CliContext context, ParseResult parse, string file, string doing, Func<DatabaseLocation, string, Task<int>> work)
    {
        DatabaseLocation location;
        try
        {
            location = DatabaseLocation.Resolve(parse.GetValue(context.DatabaseOption));
        }
        catch (ArgumentException e)
        {
            return await context.FailAsync($"--db: {e.Message}").ConfigureAwait(false);
        }

        if (location.Provider == DatabaseProvider.PostgreSql)
        {
            await WritePostgresAsync(context.Output, location, file).ConfigureAwait(false);
            return 0;
        }

        try
        {
            return await work(location, file).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DbException)
        {
            return await context.FailAsync($"cannot {doing} the {location}: {e.Message}").ConfigureAwait(false);
        }
    }

    /// <summary>Prints how PostgreSQL's own tools copy and restore the registry (nothing is written).</summary>
    public static async Task WritePostgresAsync(TextWriter output, DatabaseLocation location, string file)
    {
        var (dump, restore) = RegistryBackup.PostgresCommands(location, file);
        await output.WriteLineAsync("A PostgreSQL registry is copied with PostgreSQL's own tools; nothing was written. Copy it (the password from PGPASSWORD or ~/.pgpass) with:").ConfigureAwait(false);
        await output.WriteLineAsync("  " + dump).ConfigureAwait(false);
        await output.WriteLineAsync("and restore the copy into an empty database of that name with:").ConfigureAwait(false);
        await output.WriteLineAsync("  " + restore).ConfigureAwait(false);
        await output.WriteLineAsync("then check it with: whereabouts audit verify").ConfigureAwait(false);
    }
}
