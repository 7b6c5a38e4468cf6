using System.Globalization;
using Whereabouts.Application.Reports;
using Whereabouts.Web.Api.Parties;

namespace Whereabouts.Web.Api.Statistics;

/// <summary>
/// The public figures: people by fate and side, aggregates only. A count below
/// <see cref="Threshold"/> is null, never the number; the total is null when it is below the
/// threshold or would let a hidden count be worked out.
/// </summary>
internal sealed record PublicStatisticsResource(
    int Threshold,
    string? AsOf,
    IReadOnlyList<string> Sides,
    IReadOnlyList<PublicStatisticsRowResource> Rows,
    int? Total,
    string? RecordedOn)
{
    public static PublicStatisticsResource From(PublicStatistics statistics)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        var sides = statistics.Sides.Select(SideField.Of).ToList();
        return new(
            PublicStatistics.Threshold,
            statistics.AsOf?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            sides,
            [.. statistics.Rows.Select(r => new PublicStatisticsRowResource(
                r.Status.ToString(),
                sides.Zip(r.CountsBySide).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal)))],
            statistics.Total,
            statistics.RecordedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }
}
