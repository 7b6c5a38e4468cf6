using System.Globalization;
using Whereabouts.Application.Reports;

namespace Whereabouts.Web.Api.Reports;

/// <summary>
/// The still-held list of a side as of a day (yyyy-MM-dd): one entry per person, and the exchanges up
/// to that day; <c>recordedOn</c> is the day the registry was read as recorded on, or null for what it holds now.
/// </summary>
internal sealed record StillHeldResource(string Side, string AsOf, int Count, IReadOnlyList<StillHeldPersonResource> People, IReadOnlyList<ExchangeTallyResource> Exchanges, string? RecordedOn)
{
    public static StillHeldResource From(StillHeldReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new(
            report.Side,
            report.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            report.People.Count,
            [.. report.People.Select(StillHeldPersonResource.From)],
            [.. report.Exchanges.Select(ExchangeTallyResource.From)],
            report.RecordedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }
}
