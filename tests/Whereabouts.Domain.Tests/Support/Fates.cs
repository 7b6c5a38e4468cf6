namespace Whereabouts.Domain.Tests;

/// <summary>Fate assertions and retractions built with sensible defaults.</summary>
internal static class Fates
{
    /// <summary>
    /// An assertion of <paramref name="status"/> as of <paramref name="asOf"/> (the text form of a
    /// partial date), graded <paramref name="credibility"/>, recorded at <paramref name="recordedAt"/>
    /// (by default long after the events).
    /// </summary>
    public static FateAssertion Assertion(
        FateStatus status,
        string asOf,
        Credibility credibility = Credibility.ProbablyTrue,
        DateTimeOffset? recordedAt = null) =>
        new(Guid.NewGuid(), status, PartialDate.Parse(asOf), Evidences.Graded(credibility), "caseworker.one", recordedAt ?? Days.LongAfter);

    /// <summary>A retraction of <paramref name="assertion"/> backed by confirmed evidence.</summary>
    public static FateRetraction RetractionOf(FateAssertion assertion) => RetractionOf(assertion.Id);

    /// <summary>A retraction of the assertion with <paramref name="assertionId"/>.</summary>
    public static FateRetraction RetractionOf(Guid assertionId) =>
        new(Guid.NewGuid(), assertionId, "The remains were identified as another man.", Evidences.Confirmed(), "caseworker.two", Days.LongAfter);
}
