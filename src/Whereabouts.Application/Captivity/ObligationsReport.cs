namespace Whereabouts.Application.Captivity;

/// <summary>
/// What one detaining party did for the people it captured in a period: how many captives, how many
/// of their captures it notified and how late, how many it never notified, never let be visited, and
/// how many capture cards came — each figure with the people behind it.
/// </summary>
/// <param name="Party">The slug of the detaining party.</param>
/// <param name="From">The first day of the period (capture dates), or null for no lower bound.</param>
/// <param name="To">The last day of the period, or null for no upper bound.</param>
/// <param name="AsOf">The day the report was made: days still running are counted to it.</param>
/// <param name="LateAfterDays">A notification later than this many days after the capture is late.</param>
/// <param name="Captives">Everyone held by the party whose capture date falls in the period, earliest captured first.</param>
public sealed record ObligationsReport(string Party, DateOnly? From, DateOnly? To, DateOnly AsOf, int LateAfterDays, IReadOnlyList<ObligationsCaptive> Captives)
{
    /// <summary>The captives whose capture the party notified.</summary>
    public IReadOnlyList<ObligationsCaptive> Notified => [.. Captives.Where(c => c.Summary.NotifiedOn is not null)];

    /// <summary>The captives whose capture was notified after the deadline.</summary>
    public IReadOnlyList<ObligationsCaptive> NotifiedLate => [.. Captives.Where(c => c.IsLate)];

    /// <summary>The captives whose capture was never notified.</summary>
    public IReadOnlyList<ObligationsCaptive> NeverNotified => [.. Captives.Where(c => c.Summary.NotifiedOn is null)];

    /// <summary>The captives never visited.</summary>
    public IReadOnlyList<ObligationsCaptive> NeverVisited => [.. Captives.Where(c => c.Summary.Visits == 0)];

    /// <summary>The captives from whom a capture card came.</summary>
    public IReadOnlyList<ObligationsCaptive> WithCaptureCard => [.. Captives.Where(c => c.Summary.CaptureCards > 0)];

    /// <summary>The median of the days from capture to notification over the notified captives; null when none was notified.</summary>
    public double? MedianDaysToNotification
    {
        get
        {
            var days = Notified.Select(c => c.Summary.DaysToNotification!.Value).Order().ToList();
            return days.Count == 0 ? null
                : days.Count % 2 == 1 ? days[days.Count / 2]
                : (days[(days.Count / 2) - 1] + days[days.Count / 2]) / 2.0;
        }
    }

    /// <summary>The longest the party took to notify a capture; null when it notified none.</summary>
    public int? LongestDaysToNotification => Notified.Select(c => c.Summary.DaysToNotification).Max();
}
