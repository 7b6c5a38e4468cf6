using System.CommandLine;
using Whereabouts.Application.Demo;

namespace Whereabouts.Cli.Commands;

/// <summary><c>whereabouts demo</c>: loads the demo data (real events, invented people) into the registry.</summary>
internal static class DemoCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command(
            "demo",
            "Load the demo data: the December 2020 and November 2021 events as places, incidents, sources and count claims, "
            + "and about 200 invented people flagged as invented. Running it again adds nothing. "
            + "It refuses a registry that holds real people.");
        command.SetAction((parse, cancellationToken) => context.RunAsync(parse, async database =>
        {
            var result = await new DemoLoader(database).LoadAsync(cancellationToken).ConfigureAwait(false);
            var message = result.AddedNothing
                ? $"The demo data is already in the {database.Location}; nothing was added."
                : $"Loaded the demo data into the {database.Location}: {result.Places} places, {result.Incidents} incidents, "
                    + $"{result.Sources} sources, {result.Claims} count claims, {result.People} invented people, {result.Exchanges} exchanges, "
                    + $"{result.LegalCases} legal cases, {result.Notifications} family notifications, {result.CaptivityEvents} events of captivity, {result.PlaceControls} periods of control of places.";
            await context.Output.WriteLineAsync(message).ConfigureAwait(false);
            return 0;
        }));
        return command;
    }
}
