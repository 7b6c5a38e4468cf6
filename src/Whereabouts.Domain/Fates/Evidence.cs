namespace Whereabouts.Domain;

/// <summary>
/// What an assertion rests on: a registered source, the words in it (a quote) or where in it to look
/// (a locator such as "row 17", "page 3", "00:41 in the video"), and how credible the information is.
/// </summary>
/// <remarks>Evidence without a source, or a source without a quote or a locator, is refused: a
/// family asking "who says so?" must be able to find the very line.</remarks>
public sealed record Evidence
{
    /// <summary>Creates evidence.</summary>
    /// <exception cref="DomainRuleException">The source is missing, there is neither quote nor locator,
    /// or the credibility is not a grade from 1 to 6.</exception>
    public Evidence(Guid sourceId, string? quote, string? locator, Credibility credibility)
    {
        if (sourceId == Guid.Empty)
        {
            throw new DomainRuleException("evidence.source-required", "Evidence must name the source it comes from.");
        }

        Quote = TextValue.OrNull(quote);
        Locator = TextValue.OrNull(locator);
        if (Quote is null && Locator is null)
        {
            throw new DomainRuleException(
                "evidence.quote-or-locator-required",
                "Evidence needs a quote from the source or a locator saying where in it the information is.");
        }

        if (!Enum.IsDefined(credibility))
        {
            throw new DomainRuleException(
                "evidence.credibility",
                $"Credibility must be a grade from 1 (confirmed) to 6 (cannot be judged), not {(int)credibility}.");
        }

        SourceId = sourceId;
        Credibility = credibility;
    }

    /// <summary>The registered source.</summary>
    public Guid SourceId { get; }

    /// <summary>The words of the source that support the assertion, or null when a locator is given.</summary>
    public string? Quote { get; }

    /// <summary>Where in the source to look, or null when a quote is given.</summary>
    public string? Locator { get; }

    /// <summary>How believable the information is.</summary>
    public Credibility Credibility { get; }

    /// <summary>True for grades 1 to 3, which drive the current fate.</summary>
    public bool IsCredible => Credibility <= Credibility.PossiblyTrue;
}
