using Whereabouts.Domain;

namespace Whereabouts.Application.Reports;

/// <summary>
/// What a report needs of a person to know their fate on any day: the side and the fate history
/// with its retractions, without names or details. The fate is derived by the domain's own rules
/// (<see cref="FateSummary"/>), exactly as <see cref="Person.Fate"/> and <see cref="Person.FateOn"/> do.
/// </summary>
/// <param name="PersonId">The person.</param>
/// <param name="Side">The side the person belongs to.</param>
/// <param name="Assertions">Every fate assertion, retracted ones included. Their order matters only
/// for assertions of the same day recorded at the same moment (see <see cref="FateSummary"/>): a
/// history read by a report has them in the order of their ids.</param>
/// <param name="Retractions">The retractions of the person's assertions.</param>
public sealed record FateHistory(Guid PersonId, Side Side, IReadOnlyList<FateAssertion> Assertions, IReadOnlyList<FateRetraction> Retractions)
{
    /// <summary>The current fate (see <see cref="Person.Fate"/>).</summary>
    public FateSummary Fate => FateSummary.Derive(Assertions, Retractions);

    /// <summary>The fate as it stood on <paramref name="day"/> (see <see cref="Person.FateOn"/>).</summary>
    public FateSummary FateOn(DateOnly day) => FateSummary.DeriveAsOf(Assertions, Retractions, day);

    /// <summary>The days the fate changes and what it is from each (see <see cref="FateSummary.DeriveChanges"/>).</summary>
    public IReadOnlyList<FateChange> Changes() => FateSummary.DeriveChanges(Assertions, Retractions);

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

    /// <summary>The history of a person already loaded whole.</summary>
    public static FateHistory Of(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return new FateHistory(person.Id, person.Side, person.FateAssertions, person.FateRetractions);
    }
}
