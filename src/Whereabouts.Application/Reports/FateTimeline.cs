using Whereabouts.Application.Common;
using Whereabouts.Application.Parties;
using Whereabouts.Domain;

namespace Whereabouts.Application.Reports;

/// <summary>
/// How many people were in each fate group (missing, in captivity, free, dead), per side, on each
/// day of a range: the fate of each person as it stood that day (<see cref="Person.FateOn"/>), by
/// when things happened rather than when they were recorded.
/// </summary>
/// <remarks>A person is counted from the first day a fate of theirs is dated; before that they are
/// in no group. Retracted assertions count on no day.</remarks>
/// <param name="From">The first day.</param>
/// <param name="To">The last day.</param>
/// <param name="Step">How far apart the points are.</param>
/// <param name="Sides">The slugs of the parties counted, in column order; null for people of no recorded party.</param>
/// <param name="Points">The points, earliest first; empty when no fate is recorded.</param>
public sealed record FateTimeline(
    DateOnly From,
    DateOnly To,
    FateTimelineStep Step,
    IReadOnlyList<string?> Sides,
    IReadOnlyList<FateTimelinePoint> Points)
{
    /// <summary>The most points a timeline may have (daily points over almost three years).</summary>
    public const int MaximumPoints = 1000;

    /// <summary>Every fate group, in the order they are shown.</summary>
    public static IReadOnlyList<FateGroup> Groups { get; } = Enum.GetValues<FateGroup>();

    /// <summary>Computes the timeline of <paramref name="people"/>.</summary>
    /// <param name="people">Everyone the registry holds; the request's filters are applied here.</param>
    /// <param name="request">The range, step and filters.</param>
    /// <param name="today">The last day a default range may reach.</param>
    /// <exception cref="ValidationFailedException">The range ends before it starts or has more than <see cref="MaximumPoints"/> points.</exception>
    public static FateTimeline Compute(IEnumerable<Person> people, FateTimelineRequest request, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(people);
        return ComputeFromHistories(people.Select(FateHistory.Of), request, today);
    }

    /// <summary>Computes the timeline of the people whose <paramref name="histories"/> are given: the same as from the people themselves.</summary>
    /// <param name="histories">Everyone's fate history; the request's filters are applied here.</param>
    /// <param name="request">The range, step and filters.</param>
    /// <param name="today">The last day a default range may reach.</param>
    /// <exception cref="ValidationFailedException">The range ends before it starts or has more than <see cref="MaximumPoints"/> points.</exception>
    public static FateTimeline ComputeFromHistories(IEnumerable<FateHistory> histories, FateTimelineRequest request, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(histories);
        ArgumentNullException.ThrowIfNull(request);
        var all = histories as IReadOnlyCollection<FateHistory> ?? [.. histories];

        // The side filter: a party's slug in any case, or "unknown" for the people of no recorded party.
        var filtered = !string.IsNullOrWhiteSpace(request.Side);
        var only = !filtered || string.Equals(request.Side!.Trim(), "unknown", StringComparison.OrdinalIgnoreCase) ? null
            : Party.IsSlug(request.Side) ? Party.NormalizeSlug(request.Side) : request.Side;
        var chosen = all
            .Where(h => !filtered || string.Equals(h.Side, only, StringComparison.Ordinal))
            .Where(h => request.IncidentId is not { } incident || h.Standing().Any(a => a.IncidentId == incident))
            .ToList();

        var earliest = chosen.SelectMany(h => h.Standing()).Select(a => (DateOnly?)a.AsOf.StatedStart).Min();
        var (from, to, days) = Range(Dated(all), request, today);
        var sides = filtered ? [only] : SideOrder.Of(chosen.Select(h => h.Side));
        if (earliest is null)
        {
            return new FateTimeline(from, to, request.Step, sides, []);
        }

        // counts[point, side, group]. A person's fate changes on a few days only, so each person's
        // changes are walked beside the points (both in date order) instead of deriving their fate
        // anew for every point; FateSummary.DeriveChanges gives on each day what FateOn gives.
        var counts = new int[days.Count, sides.Count, Groups.Count];
        foreach (var history in chosen)
        {
            var column = sides.IndexOf(history.Side);
            var changes = history.Changes();
            var next = 0;
            int? group = null;
            for (var point = 0; point < days.Count; point++)
            {
                while (next < changes.Count && changes[next].From <= days[point])
                {
                    group = changes[next].Fate.Status is { } status ? IndexOfGroup(FateTransitions.GroupOf(status)) : null;
                    next++;
                }

                if (group is { } g)
                {
                    counts[point, column, g]++;
                }
            }
        }

        var points = days.Select((day, point) => new FateTimelinePoint(
            day,
            [.. sides.SelectMany((side, column) => Groups.Select((group, g) => new FateGroupCount(side, group, counts[point, column, g])))]));
        return new FateTimeline(from, to, request.Step, sides, [.. points]);
    }

    /// <summary>
    /// The same timeline as <see cref="ComputeFromHistories"/> gives for the histories
    /// <paramref name="calendar"/> was made of, read from the calendar's counts: a binary search per
    /// point instead of a walk over every history, so that a timeline over a million people costs
    /// what one over a hundred does. Not for a request of one incident, which needs the histories.
    /// </summary>
    /// <param name="calendar">Everyone's fate counts on every day (<see cref="FateCalendar.Of"/>).</param>
    /// <param name="request">The range, step and side; no incident.</param>
    /// <param name="today">The last day a default range may reach.</param>
    /// <exception cref="ArgumentException">The request names an incident.</exception>
    /// <exception cref="ValidationFailedException">The range ends before it starts or has more than <see cref="MaximumPoints"/> points.</exception>
    public static FateTimeline ComputeFromCalendar(FateCalendar calendar, FateTimelineRequest request, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(request);
        if (request.IncidentId is not null)
        {
            throw new ArgumentException("A timeline of one incident is computed from the histories, not the calendar.", nameof(request));
        }

        var filtered = !string.IsNullOrWhiteSpace(request.Side);
        var only = !filtered || string.Equals(request.Side!.Trim(), "unknown", StringComparison.OrdinalIgnoreCase) ? null
            : Party.IsSlug(request.Side) ? Party.NormalizeSlug(request.Side) : request.Side;
        var (from, to, days) = Range(calendar.Dated(null, everySide: true), request, today);
        var sides = filtered ? [only] : SideOrder.Of(calendar.Sides);
        if (calendar.Dated(only, everySide: !filtered) is null)
        {
            return new FateTimeline(from, to, request.Step, sides, []);
        }

        var points = new List<FateTimelinePoint>(days.Count);
        foreach (var day in days)
        {
            var counts = new int[sides.Count, Groups.Count];
            foreach (var ((side, status), people) in calendar.PeopleOn(day))
            {
                var column = sides.IndexOf(side);
                if (status is { } fate && column >= 0)
                {
                    counts[column, IndexOfGroup(FateTransitions.GroupOf(fate))] += people;
                }
            }

            points.Add(new FateTimelinePoint(day, [.. sides.SelectMany((side, column) => Groups.Select((group, g) => new FateGroupCount(side, group, counts[column, g])))]));
        }

        return new FateTimeline(from, to, request.Step, sides, points);
    }

    // The range asked for, or the registry's own period (see Period), and its points.
    private static (DateOnly From, DateOnly To, List<DateOnly> Days) Range((DateOnly First, DateOnly Last)? dated, FateTimelineRequest request, DateOnly today)
    {
        var (periodFrom, periodTo) = Period(dated, request.Step, today);
        var to = request.To ?? periodTo;
        var from = request.From ?? periodFrom ?? to;
        if (to < from)
        {
            throw new ValidationFailedException(nameof(request.To), $"The range ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}).");
        }

        var days = Days(from, to, request.Step);
        if (days.Count > MaximumPoints)
        {
            throw new ValidationFailedException(
                nameof(request.Step),
                $"{days.Count} points are too many (at most {MaximumPoints}): choose monthly points or a shorter range.");
        }

        return (from, to, days);
    }

    // The earliest and latest day any standing assertion of the histories refers to.
    private static (DateOnly First, DateOnly Last)? Dated(IEnumerable<FateHistory> histories)
    {
        DateOnly? earliest = null, latest = null;
        foreach (var day in histories.SelectMany(h => h.Standing()).Select(a => a.AsOf.StatedStart))
        {
            earliest = earliest is { } e && e <= day ? e : day;
            latest = latest is { } l && l >= day ? l : day;
        }

        return earliest is { } first && latest is { } last ? (first, last) : null;
    }

    /// <summary>
    /// The registry's own period, the default range: from the earliest to the latest dated fate
    /// of anyone in the registry, with a margin of one step's unit (a month, or a week of days)
    /// either side so that the first and last changes are seen against what came before and after.
    /// </summary>
    /// <remarks>Taken over the whole registry, not the filtered people, so that the charts of one
    /// side or one incident share the axis of the whole and compare at a glance. Not beyond
    /// <paramref name="today"/>: a margin is no reason to draw the future. Null days when no fate is dated.</remarks>
    private static (DateOnly? From, DateOnly To) Period((DateOnly First, DateOnly Last)? dated, FateTimelineStep step, DateOnly today)
    {
        if (dated is not { } range)
        {
            return (null, today);
        }

        var (first, last) = range;

        var (from, to) = step == FateTimelineStep.Daily
            ? (first.AddDays(-7), last.AddDays(7))
            : (new DateOnly(first.Year, first.Month, 1).AddMonths(-1), new DateOnly(last.Year, last.Month, 1).AddMonths(2).AddDays(-1));
        return (from, last <= today && to > today ? today : to);
    }

    private static int IndexOfGroup(FateGroup group)
    {
        for (var i = 0; i < Groups.Count; i++)
        {
            if (Groups[i] == group)
            {
                return i;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(group), group, "Not a fate group.");
    }

    private static List<DateOnly> Days(DateOnly from, DateOnly to, FateTimelineStep step)
    {
        var days = new List<DateOnly>();
        if (step == FateTimelineStep.Daily)
        {
            for (var day = from; day <= to && days.Count <= MaximumPoints; day = day.AddDays(1))
            {
                days.Add(day);
            }

            return days;
        }

        // The end of each month, the last point on the range's last day.
        for (var month = new DateOnly(from.Year, from.Month, 1); month <= to && days.Count <= MaximumPoints; month = month.AddMonths(1))
        {
            var end = month.AddMonths(1).AddDays(-1);
            days.Add(end < to ? end : to);
        }

        return days;
    }
}
