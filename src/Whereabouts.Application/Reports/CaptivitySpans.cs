using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Whereabouts.Domain;

namespace Whereabouts.Application.Reports;

/// <summary>
/// The stretches of time in which each person of a side was held, made once from a set of
/// histories: a still-held list of any day is then a scan of a few compact arrays, not a walk over
/// every history of the registry.
/// </summary>
/// <remarks>
/// <para>A history's fate changes only on the first days of its standing assertions
/// (<see cref="FateHistory.Changes"/>); between one change and the next it stands still, and so does
/// since when the person was held (the rule reads only the assertions that begin on or before the
/// day, and that set grows only on those days). Each change whose fate
/// is in captivity is therefore one span, from its day until the next change's, with its fate and
/// its "held since" worked out once.</para>
/// <para>Kept beside the histories they were made of, for as long as those are kept
/// (<see cref="FateHistoryCache"/> makes new histories after a save), one per side.</para>
/// </remarks>
internal sealed class CaptivitySpans
{
    private static readonly ConditionalWeakTable<IReadOnlyList<FateHistory>, ConcurrentDictionary<string, Lazy<CaptivitySpans>>> Kept = new();

    // Parallel arrays ordered by the first day: a day's scan stops at the first span that begins later.
    private readonly int[] _from;
    private readonly int[] _until;
    private readonly FateHistory[] _histories;
    private readonly FateSummary[] _fates;
    private readonly PartialDate[] _since;

    private CaptivitySpans(List<Span> spans)
    {
        spans.Sort((a, b) => a.From.CompareTo(b.From));
        _from = [.. spans.Select(s => s.From)];
        _until = [.. spans.Select(s => s.Until)];
        _histories = [.. spans.Select(s => s.History)];
        _fates = [.. spans.Select(s => s.Fate)];
        _since = [.. spans.Select(s => s.Since)];
    }

    /// <summary>The spans of <paramref name="side"/> in <paramref name="histories"/>, made at the first call for them and kept with them.</summary>
    /// <remarks>Callers at once for the same histories and side wait for one making.</remarks>
    public static CaptivitySpans Of(IReadOnlyList<FateHistory> histories, string side) =>
        Kept.GetValue(histories, _ => new(StringComparer.Ordinal))
            .GetOrAdd(side, s => new Lazy<CaptivitySpans>(() => Make(histories, s)))
            .Value;

    /// <summary>The spans that hold <paramref name="day"/>, in no particular order: one per person held that day (see <see cref="At"/>).</summary>
    /// <remarks>
    /// Counted first, and as indices: a day at a million people holds some 300,000, and every array
    /// of that size is made on the large object heap, which only a full collection clears.
    /// </remarks>
    public int[] HeldOn(DateOnly day)
    {
        var number = day.DayNumber;
        var begun = 0;
        var count = 0;
        for (; begun < _from.Length && _from[begun] <= number; begun++)
        {
            if (_until[begun] > number)
            {
                count++;
            }
        }

        var held = new int[count];
        for (int i = 0, next = 0; i < begun; i++)
        {
            if (_until[i] > number)
            {
                held[next++] = i;
            }
        }

        return held;
    }

    /// <summary>The person's history, the fate in the span and since when the person was held, for a span <see cref="HeldOn"/> gave.</summary>
    public (FateHistory History, FateSummary Fate, PartialDate Since) At(int span) => (_histories[span], _fates[span], _since[span]);

    private static CaptivitySpans Make(IReadOnlyList<FateHistory> histories, string side)
    {
        var spans = new List<Span>();
        foreach (var history in histories)
        {
            if (!string.Equals(history.Side, side, StringComparison.Ordinal))
            {
                continue;
            }

            var changes = history.Changes();
            for (var i = 0; i < changes.Count; i++)
            {
                var (from, fate) = (changes[i].From, changes[i].Fate);
                if (fate.Current is { } current && FateTransitions.GroupOf(current.Status) == FateGroup.Captivity)
                {
                    var until = i + 1 < changes.Count ? changes[i + 1].From.DayNumber : int.MaxValue;
                    spans.Add(new Span(from.DayNumber, until, history, fate, HeldSince(history, fate, from)));
                }
            }
        }

        return new CaptivitySpans(spans);
    }

    // The start of the current stretch in captivity: walking back from the current assertion over
    // the assertions that decide the fate (credible ones when there are any, as FateSummary does),
    // the earliest of the unbroken run of captivity statuses. A capture, release and new capture
    // starts a new stretch. It stands still between two changes of the history, so it is asked once
    // per span, on the day the span begins.
    private static PartialDate HeldSince(FateHistory history, FateSummary fate, DateOnly day)
    {
        var credibleOnly = fate.IsCredible;
        var active = new List<FateAssertion>(history.Assertions.Count);
        foreach (var assertion in history.Standing())
        {
            if (assertion.AsOf.StatedStart <= day && (!credibleOnly || assertion.Evidence.IsCredible))
            {
                active.Add(assertion);
            }
        }

        // By the day referred to, then by when recorded; a stable sort, so ties keep the history's order.
        for (var i = 1; i < active.Count; i++)
        {
            var next = active[i];
            var j = i - 1;
            for (; j >= 0 && Later(active[j], next); j--)
            {
                active[j + 1] = active[j];
            }

            active[j + 1] = next;
        }

        var since = fate.Current!.AsOf;
        for (var i = active.Count - 1; i >= 0 && FateTransitions.GroupOf(active[i].Status) == FateGroup.Captivity; i--)
        {
            since = active[i].AsOf;
        }

        return since;
    }

    private static bool Later(FateAssertion a, FateAssertion b)
    {
        var byDay = a.AsOf.StatedStart.CompareTo(b.AsOf.StatedStart);
        return byDay > 0 || (byDay == 0 && a.RecordedAt > b.RecordedAt);
    }

    private readonly record struct Span(int From, int Until, FateHistory History, FateSummary Fate, PartialDate Since);
}
