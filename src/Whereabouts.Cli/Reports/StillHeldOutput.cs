using System.Globalization;
using CsvHelper;
using Whereabouts.Application.Common;
using Whereabouts.Application;
using Whereabouts.Application.Reports;
using Whereabouts.Application.Sources;

namespace Whereabouts.Cli.Reports;

/// <summary>Writes a still-held report as a readable table, as the API's JSON document, or as CSV.</summary>
internal static class StillHeldOutput
{
    /// <summary>The CSV columns, one row per person; scripts rely on these names, so they only ever grow.</summary>
    public static readonly IReadOnlyList<string> CsvHeader =
    [
        "side", "as_of", "person_id", "display_name", "is_invented", "status", "since", "is_credible", "is_contested",
        "evidence_source_id", "evidence_source_title", "evidence_quote", "evidence_locator", "evidence_credibility",
        "legal_case_ids", "legal_cases", "recorded_on",
    ];

    // Several values in one CSV field, as the person export separates them.
    private const string ListSeparator = " | ";

    /// <summary>A heading (side, day, number of people), the people, then the exchanges up to that day.</summary>
    public static async Task WriteTableAsync(TextWriter output, StillHeldReport report)
    {
        var count = report.People.Count;
        var recorded = report.RecordedOn is { } recordedOn
            ? string.Create(CultureInfo.InvariantCulture, $", as recorded on {recordedOn:yyyy-MM-dd} (what the registry held by the end of that day, UTC)")
            : string.Empty;
        await output.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"Still held of the {report.Side} side as of {report.AsOf:yyyy-MM-dd}, by when things happened{recorded}: {count} {(count == 1 ? "person" : "people")}.")).ConfigureAwait(false);
        if (count > 0)
        {
            await output.WriteLineAsync().ConfigureAwait(false);
            await CliTable.WriteAsync(
                output,
                ["Name", "Side", "Fate", "Since", "Latest evidence", "Legal cases"],
                report.People.Select(p => (IReadOnlyList<string>)
                [
                    p.Person.DisplayName + (p.Person.IsInvented ? " (invented)" : string.Empty) + (p.IsContested ? " [contested]" : string.Empty),
                    report.Side,
                    ExportText.Words(p.Status) + (p.IsCredible ? string.Empty : " (not credible)"),
                    p.Since.ToString(),
                    p.Evidence.Locator is { Length: > 0 } locator ? $"{p.Evidence.SourceTitle}, {locator}" : p.Evidence.SourceTitle,
                    p.LegalCases.Count == 0 ? "none recorded" : string.Join(ListSeparator, p.LegalCases.Select(c => c.Summary)),
                ])).ConfigureAwait(false);
        }

        await output.WriteLineAsync().ConfigureAwait(false);
        if (report.Exchanges.Count == 0)
        {
            await output.WriteLineAsync("No exchange is recorded on or before that day.").ConfigureAwait(false);
            return;
        }

        await output.WriteLineAsync($"Exchanges up to that day, announced for the {report.Side} side against the people the registry names:").ConfigureAwait(false);
        await CliTable.WriteAsync(
            output,
            ["Date", "Terms", "Announced", "Named", "Not named"],
            report.Exchanges.Select(e => (IReadOnlyList<string>)
            [
                e.Date.ToString(),
                ExportText.Words(e.Terms),
                e.Total.AnnouncedCount?.ToString(CultureInfo.InvariantCulture) ?? "no figure",
                e.Total.Named.ToString(CultureInfo.InvariantCulture),
                e.Total.Unnamed?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            ])).ConfigureAwait(false);
    }

    /// <summary>
    /// The document <c>GET /api/v1/reports/still-held</c> answers, field for field, for the whole
    /// list: everyone held in <c>people</c>, without the API's paging fields (page, pageSize, total, next, previous).
    /// </summary>
    public static Task WriteJsonAsync(TextWriter output, StillHeldReport report) => ReportJson.WriteAsync(output, new
    {
        Side = report.Side,
        AsOf = report.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Count = report.People.Count,
        People = report.People.Select(p => new
        {
            PersonId = p.Person.Id,
            p.Person.DisplayName,
            p.Person.IsInvented,
            Status = p.Status.ToString(),
            Since = p.Since.ToString(),
            p.IsCredible,
            p.IsContested,
            EvidenceSourceId = p.Evidence.SourceId,
            EvidenceSourceTitle = p.Evidence.SourceTitle,
            EvidenceQuote = p.Evidence.Quote,
            EvidenceLocator = p.Evidence.Locator,
            EvidenceCredibility = p.Evidence.Credibility.ToString(),
            p.LegalCases,
        }),
        Exchanges = report.Exchanges.Select(e => new
        {
            e.ExchangeId,
            Date = e.Date.ToString(),
            Terms = e.Terms.ToString(),
            Total = new
            {
                Side = e.Total.Side,
                Announced = e.Total.Announced.Select(Claim),
                e.Total.AnnouncedCount,
                e.Total.Named,
                e.Total.Unnamed,
            },
        }),
        RecordedOn = report.RecordedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    });

    /// <summary>RFC 4180 CSV: the header of <see cref="CsvHeader"/>, then one row per person in the report's order.</summary>
    public static async Task WriteCsvAsync(TextWriter output, StillHeldReport report)
    {
        await using var csv = new CsvWriter(output, CsvCell.Configuration(), leaveOpen: true);
        foreach (var column in CsvHeader)
        {
            csv.WriteField(column);
        }

        await csv.NextRecordAsync().ConfigureAwait(false);
        var asOf = report.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        // On every row, so that a row copied out of the file still says which registry it came from.
        var recordedOn = report.RecordedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        foreach (var p in report.People)
        {
            string?[] fields =
            [
                report.Side,
                asOf,
                p.Person.Id.ToString(),
                p.Person.DisplayName,
                Flag(p.Person.IsInvented),
                p.Status.ToString(),
                p.Since.ToString(),
                Flag(p.IsCredible),
                Flag(p.IsContested),
                p.Evidence.SourceId.ToString(),
                p.Evidence.SourceTitle,
                p.Evidence.Quote,
                p.Evidence.Locator,
                p.Evidence.Credibility.ToString(),
                string.Join(ListSeparator, p.LegalCases.Select(c => c.Id)),
                string.Join(ListSeparator, p.LegalCases.Select(c => c.Summary)),
                recordedOn,
            ];
            foreach (var field in fields)
            {
                CsvCell.Write(csv, field);
            }

            await csv.NextRecordAsync().ConfigureAwait(false);
        }

        await csv.FlushAsync().ConfigureAwait(false);
    }

    private static string Flag(bool value) => value ? "true" : "false";

    // A count claim under the names the API's claim resource gives its fields.
    private static object Claim(ClaimView claim) => new
    {
        claim.Id,
        claim.SourceId,
        claim.SourceTitle,
        claim.Count,
        claim.CountMax,
        Qualifier = claim.Qualifier.ToString(),
        Category = claim.Category.ToString(),
        Side = claim.Side,
        claim.IncidentId,
        claim.IncidentName,
        claim.PlaceId,
        claim.PlaceName,
        AsOf = claim.AsOf?.ToString(),
        Status = claim.Status.ToString(),
        claim.ClaimedBy,
        claim.Quote,
        Review = claim.Review.ToString(),
    };
}
