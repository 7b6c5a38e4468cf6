using System.Globalization;
using Whereabouts.Application;
using Whereabouts.Application.Reports;

namespace Whereabouts.Cli.Reports;

/// <summary>Writes the public statistics as a readable table or as the API's JSON document: aggregates only, hidden counts never as numbers.</summary>
internal static class PublicStatisticsOutput
{
    // What a hidden count is shown as: not "<5", since a count hidden to protect another may be larger.
    private const string Hidden = "hidden";

    /// <summary>A heading saying which day and the threshold, the counts by fate and side, then the total.</summary>
    public static async Task WriteTableAsync(TextWriter output, PublicStatistics statistics)
    {
        var when = statistics.AsOf is { } day
            ? string.Create(CultureInfo.InvariantCulture, $"fate as it stood on {day:yyyy-MM-dd}")
            : "current fate";
        var recorded = statistics.RecordedOn is { } recordedOn
            ? string.Create(CultureInfo.InvariantCulture, $", as recorded on {recordedOn:yyyy-MM-dd} (what the registry held by the end of that day, UTC)")
            : string.Empty;
        await output.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"People in the registry by {when} and side{recorded}. Counts under {PublicStatistics.Threshold}, and any count or total that would reveal one, are {Hidden}.")).ConfigureAwait(false);
        if (statistics.Sides.Count == 0)
        {
            await output.WriteLineAsync("No fates are recorded yet.").ConfigureAwait(false);
            return;
        }

        await output.WriteLineAsync().ConfigureAwait(false);
        await CliTable.WriteAsync(
            output,
            ["Fate", .. statistics.Sides.Select(s => s ?? "unknown")],
            statistics.Rows.Select(r => (IReadOnlyList<string>)[ExportText.Words(r.Status), .. r.CountsBySide.Select(Count)])).ConfigureAwait(false);
        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteLineAsync($"People with a recorded fate: {Count(statistics.Total)}.").ConfigureAwait(false);
    }

    /// <summary>The document <c>GET /api/v1/public/statistics</c> answers, field for field.</summary>
    public static Task WriteJsonAsync(TextWriter output, PublicStatistics statistics)
    {
        var sides = statistics.Sides.Select(s => s ?? "unknown").ToList();
        return ReportJson.WriteAsync(output, new
        {
            Threshold = PublicStatistics.Threshold,
            AsOf = statistics.AsOf?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Sides = sides,
            Rows = statistics.Rows.Select(r => new
            {
                Fate = r.Status.ToString(),
                CountsBySide = sides.Zip(r.CountsBySide).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal),
            }),
            statistics.Total,
            RecordedOn = statistics.RecordedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });
    }

    private static string Count(int? count) => count?.ToString(CultureInfo.InvariantCulture) ?? Hidden;
}
