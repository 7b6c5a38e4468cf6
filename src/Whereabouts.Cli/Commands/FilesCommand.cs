using System.CommandLine;
using System.Globalization;
using Whereabouts.Application.Common;
using Whereabouts.Application.Files;
using Whereabouts.Storage;
using Whereabouts.Storage.Files;

namespace Whereabouts.Cli.Commands;

/// <summary>
/// <c>whereabouts files</c>: the evidence files kept by their SHA-256. <c>verify</c> reads every file
/// again and names each one missing, altered or orphaned; <c>add</c> attaches a file on disk to a
/// source, as the web app's upload does.
/// </summary>
internal static class FilesCommand
{
    /// <summary>The exit code when a file is missing or altered: distinct from 1 (the command could not run), as for <c>audit verify</c>.</summary>
    public const int BrokenExitCode = 2;

    public static Command Create(CliContext context)
    {
        var folder = FolderOption();
        folder.Recursive = true;
        var files = new Command("files", "Evidence files attached to sources, kept by their SHA-256.") { folder };
        files.Subcommands.Add(CreateVerify(context, folder));
        files.Subcommands.Add(CreateAdd(context, folder));
        return files;
    }

    /// <summary>The <c>--files</c> option: the folder the files are kept in.</summary>
    internal static Option<DirectoryInfo?> FolderOption() => new("--files")
    {
        Description = "The folder the files are kept in (the web app's Whereabouts:Files:Folder). Default: 'files' beside a SQLite database file; for PostgreSQL, in the user's local application data.",
        HelpName = "FOLDER",
    };

    /// <summary>The file store <paramref name="folder"/> names, or the database's default one.</summary>
    internal static FileStore Store(ParseResult parse, Option<DirectoryInfo?> folder, WhereaboutsDatabase database) =>
        new(parse.GetValue(folder)?.FullName ?? FileStore.DefaultFolder(database.Location));

    private static Command CreateVerify(CliContext context, Option<DirectoryInfo?> folder)
    {
        var command = new Command(
            "verify",
            "Read every file the registry records and compare its SHA-256 with its name; list the files in the folder that no record names. "
            + "Exit code 0 when every recorded file is there unchanged; 2, naming each, when one is missing or altered.");
        command.SetAction((parse, cancellationToken) => context.RunAsync(parse, async database =>
        {
            var store = Store(parse, folder, database);
            var progress = new ProgressBar(context.Error, enabled: !Console.IsErrorRedirected && TerminalWriter.Writes(context.Error, Console.Error));
            var report = await new FileVerification(database, store).VerifyAsync(progress, cancellationToken).ConfigureAwait(false);
            progress.Finish();
            foreach (var hash in report.Missing)
            {
                await context.Output.WriteLineAsync($"missing  {hash}").ConfigureAwait(false);
            }

            foreach (var hash in report.Altered)
            {
                await context.Output.WriteLineAsync($"altered  {hash}  (its bytes no longer have this SHA-256)").ConfigureAwait(false);
            }

            foreach (var hash in report.Orphans)
            {
                await context.Output.WriteLineAsync($"orphan   {hash}  (in the folder, recorded nowhere)").ConfigureAwait(false);
            }

            await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"checked {report.Checked:N0} files in {store.Folder}: {report.Checked - report.Missing.Count - report.Altered.Count:N0} intact, {report.Missing.Count:N0} missing, {report.Altered.Count:N0} altered, {report.Orphans.Count:N0} orphaned")).ConfigureAwait(false);
            return report.IsIntact ? 0 : BrokenExitCode;
        }));
        return command;
    }

    private static Command CreateAdd(CliContext context, Option<DirectoryInfo?> folder)
    {
        var source = new Option<Guid>("--source") { Description = "The id of the source the file is attached to.", Required = true, HelpName = "ID" };
        var description = new Option<string?>("--description") { Description = "What the file shows.", HelpName = "TEXT" };
        var maxBytes = new Option<long>("--max-bytes")
        {
            Description = "The largest file accepted, in bytes.",
            DefaultValueFactory = _ => FileLimit.DefaultBytes,
            HelpName = "BYTES",
        };
        var path = new Argument<FileInfo>("PATH") { Description = "The file to attach." };
        var command = new Command("add", "Attach a file on disk to a source; its type is read from its bytes. The change is attributed to cli:USER in the audit log.")
        {
            source,
            description,
            maxBytes,
            path,
        };
        command.SetAction((parse, cancellationToken) => context.RunAsync(parse, async database =>
        {
            var file = parse.GetValue(path)!;
            if (!file.Exists)
            {
                return await context.FailAsync($"{file.FullName}: no such file.").ConfigureAwait(false);
            }

            var attachments = new FileAttachments(
                database, Store(parse, folder, database), new FileLimit(Math.Max(1, parse.GetValue(maxBytes))), new FixedActor(CliContext.ActorName), TimeProvider.System);
            AttachedFile? attached;
            try
            {
                await using var content = file.OpenRead();
                attached = await attachments.AttachAsync(parse.GetValue(source), file.Name, content, parse.GetValue(description), cancellationToken).ConfigureAwait(false);
            }
            catch (FileTooLargeException e)
            {
                return await context.FailAsync($"{file.Name}: {e.Message} Nothing was kept.").ConfigureAwait(false);
            }

            if (attached is null)
            {
                return await context.FailAsync($"--source: no source in the registry has the id {parse.GetValue(source)}.").ConfigureAwait(false);
            }

            var view = attached.Attachment;
            var what = attached.IsNewAttachment ? "attached" : "already attached";
            await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{what} {view.FileName} to {view.SourceTitle}: {view.Length:N0} bytes, {view.MediaType}, SHA-256 {view.Sha256}")).ConfigureAwait(false);
            return 0;
        }));
        return command;
    }
}
