using Whereabouts.Application.Verification;
using Whereabouts.Domain;

namespace Whereabouts.Application.Persons;

/// <summary>The evidence of an assertion or a retraction, with the source's title and grade.</summary>
/// <param name="SourceId">The registered source.</param>
/// <param name="SourceTitle">The source's title.</param>
/// <param name="SourceReliability">How reliable the source is (A to F).</param>
/// <param name="Quote">The source's words, or null.</param>
/// <param name="Locator">Where in the source to look, or null.</param>
/// <param name="Credibility">How believable the information is (1 to 6).</param>
/// <param name="Standing">Where the source's verification stands (docs/adr/0029), or null when it was not read.</param>
public sealed record DossierEvidence(
    Guid SourceId,
    string SourceTitle,
    Reliability SourceReliability,
    string? Quote,
    string? Locator,
    Credibility Credibility,
    EvidenceStanding? Standing = null)
{
    /// <summary>Why the evidence must be read with care (an unverified video, a disputed or false source), or null.</summary>
    public EvidenceCaution? Caution => Standing?.Caution;

    /// <summary>True for credibility 1 to 3, which decides the current fate.</summary>
    public bool IsCredible => Credibility <= Credibility.PossiblyTrue;
}
