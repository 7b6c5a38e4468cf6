namespace Whereabouts.Domain;

/// <summary>Two credible assertions about one person that cannot both be true.</summary>
/// <param name="First">The assertion with the earlier (or equal) date.</param>
/// <param name="Second">The assertion with the later date.</param>
public sealed record FateConflict(FateAssertion First, FateAssertion Second)
{
    /// <summary>A sentence naming both sides of the conflict, for a dossier or a review list.</summary>
    public string Describe() =>
        $"{First.Status} as of {First.AsOf} (credibility {(int)First.Evidence.Credibility}) conflicts with "
        + $"{Second.Status} as of {Second.AsOf} (credibility {(int)Second.Evidence.Credibility}).";
}
