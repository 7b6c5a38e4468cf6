using System.CommandLine;
using System.Globalization;
using Whereabouts.Application.Common;
using Whereabouts.Application.Identities;

namespace Whereabouts.Cli.Commands;

/// <summary>
/// <c>whereabouts duplicates find</c>: runs the linkage engine over the whole registry and puts the
/// pairs of records likely to be one person into the review queue (registry pairs), as the
/// Administrator's button in the web app does.
/// </summary>
internal static class DuplicatesCommand
{
    public static Command Create(CliContext context)
    {
        var duplicates = new Command("duplicates", "Find registry records that may be one person.");
        var find = new Command(
            "find",
            string.Create(CultureInfo.InvariantCulture, $"Compare the registry with itself and put every pair of records at a match probability of {DuplicateSearch.ReviewFrom} or more into the review queue (registry pairs). Pairs proposed or judged before are not proposed again."));
        find.SetAction((parse, cancellationToken) => context.RunAsync(parse, async database =>
        {
            var progress = new ProgressBar(context.Error, enabled: !Console.IsErrorRedirected && TerminalWriter.Writes(context.Error, Console.Error));
            var report = await new DuplicateSearch(database, new FixedActor(CliContext.ActorName)).FindAsync(progress, cancellationToken).ConfigureAwait(false);
            progress.Finish();
            await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"""
                searched {report.People:N0} registry records for duplicates
                  pairs compared:              {report.ComparedPairs:N0}
                  new pairs for review:        {report.Proposed:N0}
                  proposed or judged before:   {report.AlreadyKnown:N0}
                  in {report.Seconds:F1} s
                """)).ConfigureAwait(false);
            if (report.Proposed > 0)
            {
                await context.Output.WriteLineAsync("Review them in the web app, under Review, registry pairs.").ConfigureAwait(false);
            }

            return 0;
        }));
        duplicates.Subcommands.Add(find);
        return duplicates;
    }
}
