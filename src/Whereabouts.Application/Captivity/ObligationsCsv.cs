using System.Globalization;
using CsvHelper;
using Whereabouts.Application.Common;

namespace Whereabouts.Application.Captivity;

/// <summary>
/// The obligations report as CSV, one row per captive, every cell through <see cref="CsvCell"/>:
/// the figures of the report are the counts of its columns (notified, late, visits, capture cards),
/// so a spreadsheet can check them. Column names are English and stable, for scripts.
/// </summary>
public static class ObligationsCsv
{
    /// <summary>The header, in column order.</summary>
    public static IReadOnlyList<string> Header { get; } =
    [
        "person_id", "name", "invented", "detaining_party", "party_rule", "captured_on", "capture_status", "notified_on",
        "days_to_notification", "late", "days_without_notification", "icrc_confirmed_on", "visits", "last_visit_on",
        "days_since_last_visit", "capture_cards", "messages", "counted_until", "back",
    ];

    /// <summary>Writes <paramref name="report"/> to <paramref name="output"/> (UTF-8 without a byte-order mark), leaving it open.</summary>
    public static async Task WriteAsync(ObligationsReport report, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        await using var text = new StreamWriter(output, new System.Text.UTF8Encoding(false), leaveOpen: true);
        await using var csv = new CsvWriter(text, CsvCell.Configuration());
        foreach (var header in Header)
        {
            CsvCell.Write(csv, header);
        }

        await csv.NextRecordAsync().ConfigureAwait(false);
        foreach (var captive in report.Captives)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var s = captive.Summary;
            string?[] fields =
            [
                captive.Person.Id.ToString(),
                captive.Person.DisplayName,
                captive.Person.IsInvented ? "true" : "false",
                report.Party,
                captive.Rule.ToString(),
                s.CapturedOn.ToString(),
                s.CaptureStatus.ToString(),
                s.NotifiedOn?.ToString(),
                Number(s.DaysToNotification),
                captive.IsLate ? "true" : "false",
                Number(s.DaysWithoutNotification),
                s.IcrcConfirmedOn?.ToString(),
                Number(s.Visits),
                s.LastVisitOn?.ToString(),
                Number(s.DaysSinceLastVisit),
                Number(s.CaptureCards),
                Number(s.Messages),
                s.Until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                s.IsBack ? "true" : "false",
            ];
            foreach (var field in fields)
            {
                CsvCell.Write(csv, field);
            }

            await csv.NextRecordAsync().ConfigureAwait(false);
        }

        await csv.FlushAsync().ConfigureAwait(false);
    }

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);
}
