using Whereabouts.Application.Reports;
using Whereabouts.Domain;

namespace Whereabouts.Application.Captivity;

/// <summary>
/// What the detaining side owed one captive and what it did, in figures: the capture date from the
/// fate history, when the capture was notified and confirmed by the ICRC, the visits, capture cards
/// and messages, and the days that passed — as of today, or until the captive came back.
/// </summary>
/// <remarks>
/// <para><b>The capture date</b> is the date of the earliest standing (not retracted) fate assertion
/// whose status is one of captivity: <see cref="FateStatus.ReportedCaptured"/>,
/// <see cref="FateStatus.CaptureConfirmed"/>, <see cref="FateStatus.Detained"/>,
/// <see cref="FateStatus.OnTrial"/> or <see cref="FateStatus.Sentenced"/>. The earliest, of any
/// credibility, because the duty to notify runs from the capture, and the first report of it (often
/// the other side's own video) dates it best. But a person is a captive here only when at least one
/// of those assertions is credible (1–3): a family's unverified hope that a man in a clip is their
/// son does not make him a captive, nor start a clock against the detaining side.</para>
/// <para><b>Days</b> are counted between the first days the partial dates state (2020-12 counts from
/// 1 December). A notification dated before the capture date counts as 0 days: the capture date is
/// the first report, which can be later than the capture itself.</para>
/// <para><b>Back</b>: when the current fate is <see cref="FateStatus.Released"/> or
/// <see cref="FateStatus.Repatriated"/>, the days since the last visit (and without notification)
/// are counted up to that date, not to today.</para>
/// </remarks>
/// <param name="PersonId">The identity (its own record's id).</param>
/// <param name="CapturedOn">The capture date.</param>
/// <param name="CaptureStatus">The status of the assertion that gives it.</param>
/// <param name="CaptureSourceId">The source of that assertion.</param>
/// <param name="NotifiedOn">The earliest standing notification of the capture by the detaining side, or null if none.</param>
/// <param name="IcrcConfirmedOn">The earliest standing confirmation by the ICRC, or null if none.</param>
/// <param name="Visits">How many standing visits.</param>
/// <param name="LastVisitOn">The latest standing visit, or null if none.</param>
/// <param name="CaptureCards">How many standing capture cards.</param>
/// <param name="Messages">How many standing messages.</param>
/// <param name="Until">The day the days are counted to: today, or the day he came back.</param>
/// <param name="IsBack">Whether the current fate says he was released or repatriated.</param>
public sealed record CaptivitySummary(
    Guid PersonId,
    PartialDate CapturedOn,
    FateStatus CaptureStatus,
    Guid CaptureSourceId,
    PartialDate? NotifiedOn,
    PartialDate? IcrcConfirmedOn,
    int Visits,
    PartialDate? LastVisitOn,
    int CaptureCards,
    int Messages,
    DateOnly Until,
    bool IsBack)
{
    /// <summary>The days from the capture to its notification; null when it was never notified.</summary>
    public int? DaysToNotification => NotifiedOn is { } notified ? Days(CapturedOn.StatedStart, notified.StatedStart) : null;

    /// <summary>The days that have passed without a notification (to <see cref="Until"/>); null when it was notified.</summary>
    public int? DaysWithoutNotification => NotifiedOn is null ? Days(CapturedOn.StatedStart, Until) : null;

    /// <summary>The days since the last visit (to <see cref="Until"/>), or since the capture when he was never visited.</summary>
    public int DaysSinceLastVisit => Days((LastVisitOn ?? CapturedOn).StatedStart, Until);

    /// <summary>The statuses whose assertions date a capture (the captivity group of the fate rules).</summary>
    public static bool IsCaptivity(FateStatus status) => FateTransitions.GroupOf(status) == FateGroup.Captivity;

    /// <summary>
    /// The summary of <paramref name="history"/>'s person with <paramref name="events"/> (of every
    /// record of the identity, retracted ones included: they are left out here), or null when the
    /// history holds no credible standing assertion of captivity.
    /// </summary>
    public static CaptivitySummary? Of(FateHistory history, IEnumerable<CaptivityEvent> events, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(events);
        var held = history.Standing().Where(a => IsCaptivity(a.Status)).ToList();
        if (!held.Any(a => a.Evidence.IsCredible))
        {
            return null;
        }

        var capture = held.OrderBy(a => a.AsOf.StatedStart).ThenBy(a => a.AsOf.Latest).ThenBy(a => a.RecordedAt).First();
        var standing = events.Where(e => e.Stands).ToList();
        var current = history.Fate.Current;
        var isBack = current is { Status: FateStatus.Released or FateStatus.Repatriated };
        var until = isBack && current!.AsOf.StatedStart < today ? current.AsOf.StatedStart : today;
        var visits = Of(standing, CaptivityEventKind.Visit);
        return new CaptivitySummary(
            history.PersonId,
            capture.AsOf,
            capture.Status,
            capture.Evidence.SourceId,
            Of(standing, CaptivityEventKind.CaptureNotified).FirstOrDefault(),
            Of(standing, CaptivityEventKind.CaptureConfirmedByIcrc).FirstOrDefault(),
            visits.Count,
            visits.LastOrDefault(),
            Of(standing, CaptivityEventKind.CaptureCard).Count,
            Of(standing, CaptivityEventKind.Message).Count,
            until,
            isBack);
    }

    private static List<PartialDate> Of(List<CaptivityEvent> events, CaptivityEventKind kind) =>
        [.. events.Where(e => e.Kind == kind).Select(e => e.OccurredOn).OrderBy(d => d.StatedStart).ThenBy(d => d.Latest)];

    private static int Days(DateOnly from, DateOnly to) => Math.Max(0, to.DayNumber - from.DayNumber);
}
