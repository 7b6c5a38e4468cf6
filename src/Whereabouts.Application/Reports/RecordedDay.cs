namespace Whereabouts.Application.Reports;

/// <summary>
/// The second time axis of the reports: what the registry held by the end of a calendar day (its
/// fate assertions, retractions and "same person" judgements recorded by then), as opposed to
/// what had happened by a day (<see cref="Domain.FateAssertion.AsOf"/>). A court asks the first:
/// what did the office know when it told the family?
/// </summary>
/// <remarks>
/// The registry's clock is UTC (every <c>RecordedAt</c> and judgement time is stored in UTC), so a
/// day as recorded ends at the midnight UTC that follows it: a fate recorded at 23:59 UTC on
/// 18 December is in the registry as recorded on the 18th, one recorded at 00:00 UTC on the 19th
/// is not, whatever the reader's time zone. Defined here once and used by every report and the
/// dossier (docs/adr/0031).
/// </remarks>
public static class RecordedDay
{
    /// <summary>The first moment after <paramref name="day"/> in the registry's clock: midnight UTC of the next day.</summary>
    public static DateTimeOffset End(DateOnly day) => new(day.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>Whether something recorded at <paramref name="recordedAt"/> was held by the registry at the end of <paramref name="day"/>.</summary>
    public static bool Holds(DateOnly day, DateTimeOffset recordedAt) => recordedAt < End(day);
}
