using System.CommandLine;
using Whereabouts.Application.Common;
using Whereabouts.Application.Persons;

namespace Whereabouts.Cli.Commands;

/// <summary>
/// <c>whereabouts person retract</c>: takes back a fate assertion that turned out to be wrong, with
/// the reason and the evidence, as the dossier's <em>Retract</em> does. The assertion stays in the
/// history, marked retracted, attributed to <see cref="CliContext.ActorName"/> in the audit log.
/// </summary>
internal static class PersonCommand
{
    public static Command Create(CliContext context)
    {
        var person = new Command("person", "Correct a person's record: retract a fate assertion that turned out to be wrong.");
        person.Subcommands.Add(CreateRetract(context));
        return person;
    }

    private static Command CreateRetract(CliContext context)
    {
        var personId = new Option<Guid>("--person") { Description = "The person's id.", Required = true, HelpName = "ID" };
        var assertionId = new Option<Guid>("--assertion") { Description = "The fate assertion's id (the dossier's API lists them in timeline).", Required = true, HelpName = "ID" };
        var reason = new Option<string>("--reason") { Description = "Why the assertion is wrong.", Required = true };
        var source = new Option<Guid>("--source") { Description = "The registered source that shows it.", Required = true, HelpName = "ID" };
        var quote = new Option<string?>("--quote") { Description = "The source's words (this or --locator is required)." };
        var locator = new Option<string?>("--locator") { Description = "Where in the source to look: \"row 17\", \"page 3\"." };
        var command = new Command(
            "retract",
            "Retract a fate assertion with the reason and the evidence. It stays in the history, marked retracted; the current fate is derived again without it.")
        {
            personId,
            assertionId,
            reason,
            source,
            quote,
            locator,
        };
        command.SetAction((parse, cancellationToken) => context.RunAsync(parse, async database =>
        {
            var id = parse.GetValue(personId);
            var corrections = new PersonCorrections(database, new FixedActor(CliContext.ActorName), TimeProvider.System);
            var input = new RetractionInput(parse.GetValue(reason), parse.GetValue(source), parse.GetValue(quote), parse.GetValue(locator));
            if (await corrections.RetractFateAsync(id, parse.GetValue(assertionId), input, cancellationToken: cancellationToken).ConfigureAwait(false) is null)
            {
                return await context.FailAsync($"no person in the registry has the id {id}").ConfigureAwait(false);
            }

            var dossier = await new PersonDossierQuery(database).RunAsync(id, cancellationToken).ConfigureAwait(false);
            var fate = dossier?.CurrentFate is { } current ? $"{current.Status} as of {current.AsOf}" : "none recorded";
            await context.Output.WriteLineAsync($"Retracted. {dossier?.DisplayName}: current fate {fate}{(dossier?.IsContested == true ? " (contested)" : string.Empty)}.").ConfigureAwait(false);
            return 0;
        }));
        return command;
    }
}
