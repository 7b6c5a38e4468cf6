using Whereabouts.Domain;

namespace Whereabouts.Application.Reports;

/// <summary>The registry's people by side and fate group as things stood on one day.</summary>
/// <param name="Day">The day.</param>
/// <param name="Counts">One count per side of the timeline and fate group, zeros included, by side then group.</param>
public sealed record FateTimelinePoint(DateOnly Day, IReadOnlyList<FateGroupCount> Counts)
{
    /// <summary>The number of people of <paramref name="side"/> in <paramref name="group"/> on this day.</summary>
    public int People(string? side, FateGroup group) =>
        Counts.FirstOrDefault(c => string.Equals(c.Side, side, StringComparison.Ordinal) && c.Group == group)?.People ?? 0;
}
