using Whereabouts.Application.Common;
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
/// <param name="Sides">The sides counted, in column order.</param>
/// <param name="Points">The points, earliest first; empty when no fate is recorded.</param>
public sealed record FateTimeline(
    DateOnly From,
    DateOnly To,
    FateTimelineStep Step,
    IReadOnlyList<Side> Sides,
    IReadOnlyList<FateTimelinePoint> Points)
{
    /// <summary>The most points a timeline may have (daily points over almost three years).</summary>
    public const int MaximumPoints = 1000;

    /// <summary>Every fate group, in the order they are shown.</summary>
    public static IReadOnlyList<FateGroup> Groups { get; } = Enum.GetValues<FateGroup>();

    /// <summary>Computes the timeline of <paramref name="people"/>.</summary>
    /// <param name="people">Everyone the registry holds; the request's filters are applied here.</param>
    /// <param name="request">The range, step and filters.</param>
    /// <param name="today">The default last day.</param>
    /// <exception cref="ValidationFailedException">The range ends before it starts or has more than <see cref="MaximumPoints"/> points.</exception>
    public static FateTimeline Compute(IEnumerable<Person> people, FateTimelineRequest request, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(request);
        var chosen = people
            .Where(p => request.Side is null || p.Side == request.Side)
            .Where(p => request.IncidentId is not { } incident || Standing(p).Any(a => a.IncidentId == incident))
            .ToList();

        var earliest = chosen.SelectMany(Standing).Select(a => (DateOnly?)a.AsOf.StatedStart).Min();
        var to = request.To ?? today;
        var from = request.From ?? earliest ?? to;
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

        var sides = request.Side is { } only ? [only] : Enum.GetValues<Side>().Where(s => chosen.Any(p => p.Side == s)).ToList();
        if (earliest is null)
        {
            return new FateTimeline(from, to, request.Step, sides, []);
        }

        var points = days.Select(day =>
        {
            var counts = chosen
                .Select(p => (p.Side, Status: p.FateOn(day).Status))
                .Where(x => x.Status is not null)
                .GroupBy(x => (x.Side, Group: FateTransitions.GroupOf(x.Status!.Value)))
                .ToDictionary(g => g.Key, g => g.Count());
            return new FateTimelinePoint(day, [.. sides.SelectMany(side => Groups.Select(group => new FateGroupCount(side, group, counts.GetValueOrDefault((side, group)))))]);
        });
        return new FateTimeline(from, to, request.Step, sides, [.. points]);
    }

    private static IEnumerable<FateAssertion> Standing(Person person)
    {
        var retracted = person.FateRetractions.Select(r => r.AssertionId).ToHashSet();
        return person.FateAssertions.Where(a => !retracted.Contains(a.Id));
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
