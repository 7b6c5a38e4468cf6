namespace Whereabouts.Domain;

/// <summary>
/// A person's current fate, derived from the fate history: never stored, always recomputed, so it
/// cannot drift from the evidence.
/// </summary>
/// <remarks>
/// <para>Retracted assertions are ignored. When there are credible assertions (credibility 1–3),
/// the current one is the credible assertion with the latest date, ordered by the first day of each
/// date as stated (so "December 2020" comes before "14 December 2020", and "about 12 December" is
/// not put before "12 December"); equal starts are ordered by when they were recorded, and
/// assertions recorded at the same moment (one save: a list import) by id, so that the fate does
/// not depend on the order a database returns them in.
/// When there are none, the latest assertion of any credibility is shown, and
/// <see cref="IsCredible"/> is false.</para>
/// <para>A person is <em>contested</em> when two credible assertions cannot both be true — dead on
/// the 12th and captured on the 14th, or confirmed captured and later "missing". The current fate is
/// still the latest, but a contested person must be shown as such and never presented as settled.</para>
/// </remarks>
public sealed class FateSummary
{
    private FateSummary(FateAssertion? current, IReadOnlyList<FateConflict> conflicts)
    {
        Current = current;
        Conflicts = conflicts;
    }

    /// <summary>The assertion that decides the current fate, or null when none is recorded.</summary>
    public FateAssertion? Current { get; }

    /// <summary>The current status, or null when no fate is recorded.</summary>
    public FateStatus? Status => Current?.Status;

    /// <summary>True when the current fate rests on credible evidence (grades 1–3).</summary>
    public bool IsCredible => Current?.Evidence.IsCredible ?? false;

    /// <summary>The pairs of credible assertions that contradict each other.</summary>
    public IReadOnlyList<FateConflict> Conflicts { get; }

    /// <summary>True when credible evidence conflicts.</summary>
    public bool IsContested => Conflicts.Count > 0;

    /// <summary>Derives the summary from a fate history and its retractions.</summary>
    public static FateSummary Derive(IEnumerable<FateAssertion> assertions, IEnumerable<FateRetraction> retractions) =>
        Derive(assertions, retractions, null);

    /// <summary>
    /// Derives the fate as it stood on <paramref name="day"/>, by when things happened rather than
    /// when they were recorded: only assertions whose date begins on or before that day count.
    /// </summary>
    /// <remarks>Retractions count whatever their date: a retraction says the assertion was never
    /// true, so it was not true on the day asked about either. An assertion dated only to a month or
    /// a year counts from the first day of that month or year, as it is ordered everywhere else.</remarks>
    public static FateSummary DeriveAsOf(IEnumerable<FateAssertion> assertions, IEnumerable<FateRetraction> retractions, DateOnly day) =>
        Derive(assertions, retractions, day);

    /// <summary>
    /// The fate as it stood on every day at once: one <see cref="FateChange"/> per distinct first
    /// day of a standing (not retracted) assertion's date, earliest first. On any day the fate is
    /// that of the last change on or before it, exactly what <see cref="DeriveAsOf"/> gives for
    /// that day; before the first change no fate is recorded.
    /// </summary>
    /// <remarks>Which assertions count as of a day depends only on which of them begin on or
    /// before it, and that set grows only on these days. A report over many days (a timeline)
    /// derives each person's fate once per change instead of once per day, by the same rule.</remarks>
    public static IReadOnlyList<FateChange> DeriveChanges(IEnumerable<FateAssertion> assertions, IEnumerable<FateRetraction> retractions)
    {
        ArgumentNullException.ThrowIfNull(assertions);
        ArgumentNullException.ThrowIfNull(retractions);
        var history = assertions as IReadOnlyCollection<FateAssertion> ?? [.. assertions];
        var withdrawn = retractions as IReadOnlyCollection<FateRetraction> ?? [.. retractions];
        var retracted = withdrawn.Select(r => r.AssertionId).ToHashSet();
        return [.. history
            .Where(a => !retracted.Contains(a.Id))
            .Select(a => a.AsOf.StatedStart)
            .Distinct()
            .Order()
            .Select(day => new FateChange(day, Derive(history, withdrawn, day)))];
    }

    private static FateSummary Derive(IEnumerable<FateAssertion> assertions, IEnumerable<FateRetraction> retractions, DateOnly? day)
    {
        ArgumentNullException.ThrowIfNull(assertions);
        ArgumentNullException.ThrowIfNull(retractions);
        var retracted = retractions.Select(r => r.AssertionId).ToHashSet();
        var active = assertions
            .Where(a => !retracted.Contains(a.Id))
            .Where(a => day is null || a.AsOf.StatedStart <= day)
            .OrderBy(a => a.AsOf.StatedStart)
            .ThenBy(a => a.RecordedAt)
            .ThenBy(a => a.Id)
            .ToList();
        var credible = active.Where(a => a.Evidence.IsCredible).ToList();

        var conflicts = new List<FateConflict>();
        for (var i = 0; i < credible.Count; i++)
        {
            for (var j = i + 1; j < credible.Count; j++)
            {
                var (first, second) = (credible[i], credible[j]);
                if (FateTransitions.Contradict(first.Status, first.AsOf, second.Status, second.AsOf))
                {
                    conflicts.Add(new FateConflict(first, second));
                }
            }
        }

        var current = credible.Count > 0 ? credible[^1] : active.Count > 0 ? active[^1] : null;
        // Most fates are not contested: they share one empty list (a report keeps a summary per
        // person and change, a million of them at a million people).
        return new FateSummary(current, conflicts.Count == 0 ? [] : conflicts);
    }
}
