using System.Globalization;
using Whereabouts.Application.Captivity;

namespace Whereabouts.Web.Api.Captivity;

/// <summary>The obligations report of one detaining party for a period, each figure with the ids of the people behind it.</summary>
internal sealed record ObligationsResource(
    string Party,
    string? From,
    string? To,
    string AsOf,
    int LateAfterDays,
    ObligationsFigureResource Captives,
    ObligationsFigureResource Notified,
    ObligationsFigureResource NotifiedLate,
    ObligationsFigureResource NeverNotified,
    ObligationsFigureResource NeverVisited,
    ObligationsFigureResource WithCaptureCard,
    double? MedianDaysToNotification,
    int? LongestDaysToNotification,
    IReadOnlyList<ObligationsCaptiveResource> People)
{
    public static ObligationsResource Of(ObligationsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new(
            report.Party,
            Day(report.From),
            Day(report.To),
            Day(report.AsOf)!,
            report.LateAfterDays,
            Figure(report.Captives),
            Figure(report.Notified),
            Figure(report.NotifiedLate),
            Figure(report.NeverNotified),
            Figure(report.NeverVisited),
            Figure(report.WithCaptureCard),
            report.MedianDaysToNotification,
            report.LongestDaysToNotification,
            [.. report.Captives.Select(ObligationsCaptiveResource.From)]);
    }

    private static ObligationsFigureResource Figure(IReadOnlyList<ObligationsCaptive> people) => new(people.Count, [.. people.Select(p => p.Person.Id)]);

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
