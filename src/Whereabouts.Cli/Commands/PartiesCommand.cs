using System.CommandLine;
using Whereabouts.Application.Common;
using Whereabouts.Application.Parties;

namespace Whereabouts.Cli.Commands;

/// <summary>
/// <c>whereabouts parties list|add|rename|remove</c>: the conflict's parties, as Administration →
/// Parties keeps them, for a data manager setting up a registry for another conflict from a script.
/// Every change is attributed to <see cref="CliContext.ActorName"/> in the audit log.
/// </summary>
internal static class PartiesCommand
{
    public static Command Create(CliContext context)
    {
        var parties = new Command("parties", "List and manage the parties of the conflict (a slug and a name in English, Armenian, Russian and Azerbaijani).");
        parties.Subcommands.Add(CreateList(context));
        parties.Subcommands.Add(CreateAdd(context));
        parties.Subcommands.Add(CreateRename(context));
        parties.Subcommands.Add(CreateRemove(context));
        return parties;
    }

    private static Command CreateList(CliContext context)
    {
        var command = new Command("list", "List the parties with their names and whether records refer to them.");
        command.SetAction((parse, cancellationToken) => context.RunAsync(parse, async database =>
        {
            var reader = new PartyReader(database);
            var parties = await reader.ListAsync(cancellationToken).ConfigureAwait(false);
            var inUse = await reader.InUseAsync(cancellationToken).ConfigureAwait(false);
            var rows = parties.Select(p => (IReadOnlyList<string>)
            [
                p.Slug, p.NameEn, p.NameHy ?? "-", p.NameRu ?? "-", p.NameAz ?? "-", inUse.Contains(p.Slug) ? "yes" : "no",
            ]);
            await CliTable.WriteAsync(context.Output, ["SLUG", "ENGLISH", "ARMENIAN", "RUSSIAN", "AZERBAIJANI", "IN-USE"], rows).ConfigureAwait(false);
            return 0;
        }));
        return command;
    }

    private static Command CreateAdd(CliContext context)
    {
        var slug = new Argument<string>("slug") { Description = "The short stable name used in URLs, lists and exports: lowercase Latin letters, digits and hyphens (northland)." };
        var names = new NameOptions();
        var command = new Command("add", "Add a party.") { slug };
        names.AddTo(command);
        command.SetAction((parse, cancellationToken) => context.RunAsync(parse, async database =>
        {
            var party = await Editor(database).AddAsync(names.Read(parse, parse.GetValue(slug)), cancellationToken).ConfigureAwait(false);
            await context.Output.WriteLineAsync($"Added the party {party.Slug} ({party.NameEn}).").ConfigureAwait(false);
            return 0;
        }));
        return command;
    }

    private static Command CreateRename(CliContext context)
    {
        var slug = new Argument<string>("slug") { Description = "The party's slug; it never changes." };
        var names = new NameOptions();
        var command = new Command("rename", "Replace a party's names (all four: a language left out is left blank).") { slug };
        names.AddTo(command);
        command.SetAction((parse, cancellationToken) => context.RunAsync(parse, async database =>
        {
            var key = parse.GetValue(slug)!;
            var current = await new PartyReader(database).FindAsync(key, cancellationToken).ConfigureAwait(false);
            if (current is null)
            {
                return await context.FailAsync($"there is no party '{key}' (whereabouts parties list shows them)").ConfigureAwait(false);
            }

            var party = await Editor(database).RenameAsync(key, current.Version, names.Read(parse, key), cancellationToken).ConfigureAwait(false);
            await context.Output.WriteLineAsync($"Renamed the party {party!.Slug}: {party.NameEn}.").ConfigureAwait(false);
            return 0;
        }));
        return command;
    }

    private static Command CreateRemove(CliContext context)
    {
        var slug = new Argument<string>("slug") { Description = "The party's slug." };
        var command = new Command("remove", "Remove a party added by mistake; a party that people, claims or exchanges refer to stays.") { slug };
        command.SetAction((parse, cancellationToken) => context.RunAsync(parse, async database =>
        {
            var key = parse.GetValue(slug)!;
            var current = await new PartyReader(database).FindAsync(key, cancellationToken).ConfigureAwait(false);
            if (current is null || !await Editor(database).RemoveAsync(key, current.Version, cancellationToken).ConfigureAwait(false))
            {
                return await context.FailAsync($"there is no party '{key}' (whereabouts parties list shows them)").ConfigureAwait(false);
            }

            await context.Output.WriteLineAsync($"Removed the party {current.Slug}.").ConfigureAwait(false);
            return 0;
        }));
        return command;
    }

    private static PartyEditor Editor(Storage.WhereaboutsDatabase database) => new(database, new FixedActor(CliContext.ActorName));

    /// <summary>The four names a party is given, as options shared by add and rename.</summary>
    private sealed class NameOptions
    {
        private readonly Option<string> _english = new("--name-en") { Description = "The name in English; shown wherever no other name is recorded.", Required = true };
        private readonly Option<string?> _armenian = new("--name-hy") { Description = "The name in Armenian." };
        private readonly Option<string?> _russian = new("--name-ru") { Description = "The name in Russian." };
        private readonly Option<string?> _azerbaijani = new("--name-az") { Description = "The name in Azerbaijani." };

        public void AddTo(Command command)
        {
            command.Options.Add(_english);
            command.Options.Add(_armenian);
            command.Options.Add(_russian);
            command.Options.Add(_azerbaijani);
        }

        public PartyInput Read(ParseResult parse, string? slug) =>
            new(slug, parse.GetValue(_english), parse.GetValue(_armenian), parse.GetValue(_russian), parse.GetValue(_azerbaijani));
    }
}
