using Whereabouts.Application.Verification;
using Whereabouts.Domain;

namespace Whereabouts.Application.Reports;

/// <summary>The evidence behind a held person's current status: which source, where in it, how credible.</summary>
/// <param name="SourceId">The source.</param>
/// <param name="SourceTitle">Its title.</param>
/// <param name="Quote">The words of the source, or null.</param>
/// <param name="Locator">Where in the source, or null.</param>
/// <param name="Credibility">How credible the information is.</param>
/// <param name="Standing">Where the source's verification stands (docs/adr/0029), or null when it was not read.</param>
public sealed record StillHeldEvidence(Guid SourceId, string SourceTitle, string? Quote, string? Locator, Credibility Credibility, EvidenceStanding? Standing = null)
{
    /// <summary>Why the evidence must be read with care (an unverified video, a disputed or false source), or null.</summary>
    public EvidenceCaution? Caution => Standing?.Caution;
}
