using System.CommandLine;
using System.Globalization;
using Whereabouts.Application.Common;
using Whereabouts.Application.Pfif;

namespace Whereabouts.Cli.Commands;

/// <summary>
/// <c>whereabouts pfif</c>: imports and exports PFIF 1.4 documents (People Finder Interchange
/// Format), the XML format people finders exchange missing-person records and notes in.
/// </summary>
internal static class PfifCommand
{
    public static Command Create(CliContext context)
    {
        var pfif = new Command("pfif", "Import and export PFIF 1.4 documents (People Finder Interchange Format).");
        pfif.Subcommands.Add(CreateImport(context));
        pfif.Subcommands.Add(CreateExport(context));
        return pfif;
    }

    private static Command CreateImport(CliContext context)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "The PFIF document (PFIF 1.4; 1.1 to 1.3 are read too)." };
        var source = new Option<string?>("--source")
        {
            Description = "The title of the source the document becomes. Default: \"PFIF file NAME\".",
            HelpName = "TITLE",
        };
        var strict = new Option<bool>("--strict")
        {
            Description = "Import only a fully valid document: any problem imports nothing. "
                + "Without it, faulty values and unusable records are left out and reported.",
        };
        var allowDemoData = AllowDemoDataOption.Create();
        var command = new Command("import", "Import people and their notes from a PFIF document, in one transaction. Contacts are not stored.")
        {
            file,
            source,
            strict,
            allowDemoData,
        };
        command.SetAction((parse, cancellationToken) => context.RunAsync(parse, async database =>
        {
            var path = parse.GetValue(file)!;
            var import = new PfifImport(database, new FixedActor(CliContext.ActorName), TimeProvider.System);
            PfifImportResult result;
            await using (var stream = path.OpenRead())
            {
                var options = new PfifImportOptions(parse.GetValue(source), path.Name, parse.GetValue(strict), AllowDemoData: parse.GetValue(allowDemoData));
                result = await import.ImportAsync(stream, options, cancellationToken).ConfigureAwait(false);
            }

            foreach (var issue in result.Issues)
            {
                await context.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{path.Name}:{issue}")).ConfigureAwait(false);
            }

            await WriteSummaryAsync(context.Output, path.Name, result).ConfigureAwait(false);

            // 1: nothing imported; 2: imported, but with problems a script should not overlook.
            return result.Outcome == PfifImportOutcome.Rejected ? 1 : result.Issues.Count > 0 ? 2 : 0;
        }));
        return command;
    }

    private static Command CreateExport(CliContext context)
    {
        var file = new Argument<FileInfo>("OUT") { Description = "The PFIF file to write. An existing file is replaced only when the export succeeds." };
        var domain = new Option<string>("--domain")
        {
            Description = $"The domain of this registry's record ids (DOMAIN/person.ID). Default: {PfifRecordIds.DefaultDomain}.",
            DefaultValueFactory = _ => PfifRecordIds.DefaultDomain,
            HelpName = "DOMAIN",
        };
        var person = new Option<Guid[]>("--person")
        {
            Description = "Export only this person (repeat for more). Default: everyone.",
            HelpName = "ID",
            AllowMultipleArgumentsPerToken = false,
        };
        var excludeInvented = new Option<bool>("--exclude-invented") { Description = "Leave out the invented people of the demo data." };
        var command = new Command("export", "Export people and their fate history as PFIF 1.4 persons with notes. Invented people are marked as such in the file.")
        {
            file,
            domain,
            person,
            excludeInvented,
        };
        command.SetAction((parse, cancellationToken) => context.RunAsync(parse, async database =>
        {
            var target = parse.GetValue(file)!;
            var ids = parse.GetValue(person);
            var options = new PfifExportOptions(parse.GetValue(domain)!, ids is { Length: > 0 } ? ids : null, parse.GetValue(excludeInvented));
            try
            {
                PfifRecordIds.CheckDomain(options.Domain);
            }
            catch (ArgumentException e)
            {
                return await context.FailAsync("--domain: " + e.Message).ConfigureAwait(false);
            }

            // Write beside the target and move into place, so a failed export never leaves half a file.
            var partial = target.FullName + ".partial";
            PfifExportResult result;
            await using (var stream = File.Create(partial))
            {
                result = await new PfifExport(database, TimeProvider.System).ExportAsync(stream, options, cancellationToken).ConfigureAwait(false);
            }

            File.Move(partial, target.FullName, overwrite: true);
            var invented = result.Invented > 0 ? $" ({result.Invented} of them invented, marked as such)" : string.Empty;
            await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Exported {result.Persons} people{invented} and {result.Notes} notes to {target.FullName}.")).ConfigureAwait(false);
            return 0;
        }));
        return command;
    }

    private static async Task WriteSummaryAsync(TextWriter output, string file, PfifImportResult result)
    {
        FormattableString summary = result.Outcome switch
        {
            PfifImportOutcome.Rejected => $"{file}: rejected, nothing imported ({result.Issues.Count} problems).",
            PfifImportOutcome.AlreadyImported => $"{file}: already imported as source {result.SourceId} \"{result.SourceTitle}\"; nothing changed.",
            PfifImportOutcome.NothingNew => $"{file}: nothing new; nothing changed.",
            PfifImportOutcome.Imported => $"{file}: imported as source {result.SourceId} \"{result.SourceTitle}\".",
            _ => throw new InvalidOperationException($"Unknown outcome {result.Outcome}."),
        };
        await output.WriteLineAsync(summary.ToString(CultureInfo.InvariantCulture)).ConfigureAwait(false);
        if (result.Outcome is PfifImportOutcome.Rejected or PfifImportOutcome.AlreadyImported)
        {
            return;
        }

        string[] lines =
        [
            $"persons added:             {result.PersonsAdded} ({result.NameFormsAdded} name forms)",
            $"notes read:                {result.NotesRead}",
            $"fate assertions added:     {result.AssertionsAdded}",
            $"notes without a fate:      {result.NotesWithoutFate}",
            $"skipped, already present:  {result.PersonsAlreadyPresent} persons, {result.NotesAlreadyPresent} notes",
            $"skipped, with problems:    {result.RecordsSkipped} records ({result.Issues.Count} problems reported)",
            $"contacts not stored:       {result.ContactsDropped}",
        ];
        foreach (var line in lines)
        {
            await output.WriteLineAsync(line).ConfigureAwait(false);
        }
    }
}
