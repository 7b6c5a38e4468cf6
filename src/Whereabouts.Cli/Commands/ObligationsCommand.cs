using System.CommandLine;
using System.Globalization;
using Whereabouts.Application.Captivity;
using Whereabouts.Application.Common;
using Whereabouts.Application.Parties;

namespace Whereabouts.Cli.Commands;

/// <summary>
/// <c>whereabouts report obligations --party SLUG [--from DAY] [--to DAY] [--format table|csv]</c>:
/// the obligations report of a detaining party (docs/adr/0026), as the page and
/// <c>/api/v1/reports/obligations</c> give it: the figures as a table, or one CSV row per captive.
/// </summary>
internal static class ObligationsCommand
{
    public static Command Create(CliContext context)
    {
        var party = new Option<string>("--party") { Description = "The detaining party's slug (any case), as `whereabouts parties list` shows it.", Required = true, HelpName = "SLUG" };
        var from = new Option<string?>("--from") { Description = "The first capture date of the period (inclusive).", HelpName = "YYYY-MM-DD" };
        var to = new Option<string?>("--to") { Description = "The last capture date of the period (inclusive).", HelpName = "YYYY-MM-DD" };
        var format = new Option<string>("--format", "-f")
        {
            Description = "table: the figures, then one line per captive; csv: one row per captive, the columns of the page's CSV.",
            DefaultValueFactory = _ => "table",
            HelpName = "table|csv",
        };
        format.AcceptOnlyFromAmong("table", "csv");
        var command = new Command(
            "obligations",
            "What a detaining party did for the people it captured in a period: notified (how late), never notified, never visited, capture cards.")
        {
            party,
            from,
            to,
            format,
        };
        command.SetAction((parse, cancellationToken) => context.RunAsync(parse, async database =>
        {
            var parties = await new PartyReader(database).ListAsync(cancellationToken).ConfigureAwait(false);
            (string Party, DateOnly? From, DateOnly? To) request;
            try
            {
                request = ObligationsRequest.Parse(parse.GetValue(party), parse.GetValue(from), parse.GetValue(to), parties);
            }
            catch (ValidationFailedException e)
            {
                var exitCode = 0;
                foreach (var (field, messages) in e.Errors)
                {
                    foreach (var message in messages)
                    {
                        exitCode = await context.FailAsync($"--{field}: {message}").ConfigureAwait(false);
                    }
                }

                return exitCode;
            }

            var report = await new ObligationsQuery(database, TimeProvider.System).RunAsync(request.Party, request.From, request.To, cancellationToken).ConfigureAwait(false);
            if (string.Equals(parse.GetValue(format), "csv", StringComparison.Ordinal))
            {
                await using var stream = new MemoryStream();
                await ObligationsCsv.WriteAsync(report, stream, cancellationToken).ConfigureAwait(false);
                await context.Output.WriteAsync(System.Text.Encoding.UTF8.GetString(stream.ToArray())).ConfigureAwait(false);
                return 0;
            }

            await WriteTableAsync(context.Output, report).ConfigureAwait(false);
            return 0;
        }));
        return command;
    }

    private static async Task WriteTableAsync(TextWriter output, ObligationsReport report)
    {
        var c = CultureInfo.InvariantCulture;
        await output.WriteLineAsync(string.Create(c, $"Detaining party {report.Party}, captured {report.From?.ToString("yyyy-MM-dd", c) ?? "any time"} to {report.To?.ToString("yyyy-MM-dd", c) ?? "now"}; late after {report.LateAfterDays} days; as of {report.AsOf:yyyy-MM-dd}.")).ConfigureAwait(false);
        await output.WriteLineAsync(string.Create(c, $"captives {report.Captives.Count}, notified {report.Notified.Count}, late {report.NotifiedLate.Count}, never notified {report.NeverNotified.Count}, never visited {report.NeverVisited.Count}, with a capture card {report.WithCaptureCard.Count}")).ConfigureAwait(false);
        await output.WriteLineAsync(string.Create(c, $"median days to notification {report.MedianDaysToNotification?.ToString(c) ?? "-"}, longest {report.LongestDaysToNotification?.ToString(c) ?? "-"}")).ConfigureAwait(false);
        foreach (var captive in report.Captives)
        {
            var s = captive.Summary;
            var notified = s.NotifiedOn is null ? string.Create(c, $"never ({s.DaysWithoutNotification} days)") : string.Create(c, $"{s.NotifiedOn} ({s.DaysToNotification} days{(captive.IsLate ? ", late" : string.Empty)})");
            await output.WriteLineAsync(string.Create(c, $"{captive.Person.Id}  {captive.Person.DisplayName}  captured {s.CapturedOn}  notified {notified}  visits {s.Visits}  cards {s.CaptureCards}  party by {captive.Rule}")).ConfigureAwait(false);
        }
    }
}
