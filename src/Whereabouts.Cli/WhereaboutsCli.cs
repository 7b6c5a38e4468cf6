using System.CommandLine;
using Whereabouts.Cli.Commands;

namespace Whereabouts.Cli;

/// <summary>The <c>whereabouts</c> command line: parses arguments, runs a verb, maps failures to messages and exit codes.</summary>
public static class WhereaboutsCli
{
    /// <summary>Runs the command line with the given arguments and writers; returns the exit code.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var context = new CliContext(output, error);
        var root = new RootCommand("Whereabouts: the registry of missing persons and prisoners of war — every person, every source, every claim.");
        root.Options.Add(context.DatabaseOption);
        root.Subcommands.Add(DemoCommand.Create(context));
        root.Subcommands.Add(DuplicatesCommand.Create(context));
        root.Subcommands.Add(ExportCommand.Create(context));
        root.Subcommands.Add(FilesCommand.Create(context));
        root.Subcommands.Add(LinkCommand.Create(context));
        root.Subcommands.Add(ImportCommand.Create(context));
        root.Subcommands.Add(IngestCommand.Create(context));
        root.Subcommands.Add(PfifCommand.Create(context));
        root.Subcommands.Add(ReportCommand.Create(context));
        root.Subcommands.Add(SnapshotCommand.Create(context));
        root.Subcommands.Add(UsersCommand.Create(context));
        root.Subcommands.Add(AuditCommand.Create(context));
        root.Subcommands.Add(BackupCommand.Create(context));
        root.Subcommands.Add(RestoreCommand.Create(context));
        root.Subcommands.Add(PersonCommand.Create(context));
        root.Subcommands.Add(PartiesCommand.Create(context));

        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        return await root.Parse(args).InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
    }
}
