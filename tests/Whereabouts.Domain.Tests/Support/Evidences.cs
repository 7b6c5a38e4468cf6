namespace Whereabouts.Domain.Tests;

/// <summary>Evidence from an invented source, graded as a test needs.</summary>
internal static class Evidences
{
    /// <summary>The invented source all test evidence points to unless a test says otherwise.</summary>
    public static readonly Guid SourceId = new("5a1e0000-0000-4000-8000-000000000001");

    /// <summary>Evidence with a locator and the given credibility.</summary>
    public static Evidence Graded(Credibility credibility) => new(SourceId, quote: null, locator: "row 17", credibility);

    /// <summary>Credible but not confirmed evidence (grade 2).</summary>
    public static Evidence Credible() => Graded(Credibility.ProbablyTrue);

    /// <summary>Confirmed evidence (grade 1).</summary>
    public static Evidence Confirmed() => Graded(Credibility.Confirmed);
}
