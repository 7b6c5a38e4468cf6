using Whereabouts.Domain;

namespace Whereabouts.Application.Reports;

/// <summary>
/// What a report needs of a person to know their fate on any day: the side and the fate history
/// with its retractions, without names or details. The fate is derived by the domain's own rules
/// (<see cref="FateSummary"/>), exactly as <see cref="Person.Fate"/> and <see cref="Person.FateOn"/> do.
/// </summary>
/// <remarks>Read-only once made, so that reports running at the same time can share one.</remarks>
public sealed class FateHistory
{
    private IReadOnlyList<FateChange>? _changes;

    /// <summary>Makes a history.</summary>
    /// <param name="personId">The person.</param>
    /// <param name="side">The side the person belongs to.</param>
    /// <param name="assertions">Every fate assertion, retracted ones included, in any order.</param>
    /// <param name="retractions">The retractions of the person's assertions.</param>
    public FateHistory(Guid personId, string? side, IReadOnlyList<FateAssertion> assertions, IReadOnlyList<FateRetraction> retractions)
    {
        ArgumentNullException.ThrowIfNull(assertions);
        ArgumentNullException.ThrowIfNull(retractions);
        PersonId = personId;
        Side = side;
        Assertions = assertions;
        Retractions = retractions;
    }

    /// <summary>The person.</summary>
    public Guid PersonId { get; }

    /// <summary>The side the person belongs to.</summary>
    public string? Side { get; }

    /// <summary>Every fate assertion, retracted ones included.</summary>
    public IReadOnlyList<FateAssertion> Assertions { get; }

    /// <summary>The retractions of the person's assertions.</summary>
    public IReadOnlyList<FateRetraction> Retractions { get; }

    /// <summary>The current fate (see <see cref="Person.Fate"/>): that of the last change, which every standing assertion begins on or before.</summary>
    public FateSummary Fate => Changes() is { Count: > 0 } changes ? changes[^1].Fate : FateSummary.Derive(Assertions, Retractions);

    /// <summary>The fate as it stood on <paramref name="day"/> (see <see cref="Person.FateOn"/>).</summary>
    /// <remarks>
    /// Looked up in <see cref="Changes"/> (derived once per history) rather than derived again for
    /// each day: a report over a million people asked about a new day then costs a million look-ups,
    /// not a million derivations.
    /// </remarks>
    public FateSummary FateOn(DateOnly day)
    {
        var changes = Changes();
        var last = DaySearch.LastOnOrBefore(changes, c => c.From, day);

        // Before the first change nothing stands yet.
        return last >= 0 ? changes[last].Fate : FateSummary.DeriveAsOf(Assertions, Retractions, day);
    }

    /// <summary>
    /// The days the fate changes and what it is from each (see <see cref="FateSummary.DeriveChanges"/>),
    /// derived once and kept: a history kept between reports serves every timeline asked of it.
    /// </summary>
    public IReadOnlyList<FateChange> Changes() => _changes ??= FateSummary.DeriveChanges(Assertions, Retractions);

    /// <summary>The assertions not retracted.</summary>
    public IEnumerable<FateAssertion> Standing()
    {
        if (Retractions.Count == 0)
        {
            return Assertions;
        }

        var retracted = Retractions.Select(r => r.AssertionId).ToHashSet();
        return Assertions.Where(a => !retracted.Contains(a.Id));
    }

    /// <summary>
    /// The history of an identity: the records judged one person, loaded whole, as one person with
    /// every record's assertions and the side of the identity's own record.
    /// </summary>
    /// <param name="records">Every record of one identity.</param>
    public static FateHistory OfIdentity(IReadOnlyCollection<Person> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var head = records.FirstOrDefault(r => r.Id == r.IdentityId) ?? records.MinBy(r => r.Id)
            ?? throw new ArgumentException("An identity has at least one record.", nameof(records));
        return records.Count == 1
            ? Of(head)
            : new FateHistory(head.IdentityId, head.Side, [.. records.SelectMany(r => r.FateAssertions)], [.. records.SelectMany(r => r.FateRetractions)]);
    }

    /// <summary>The history of a person already loaded whole.</summary>
    public static FateHistory Of(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return new FateHistory(person.Id, person.Side, person.FateAssertions, person.FateRetractions);
    }
}
