using Whereabouts.Application.Persons;
using Whereabouts.Domain;

namespace Whereabouts.Web.Api.Persons;

/// <summary>
/// What an assertion rests on: the source (with its reliability, A to F), the quote or locator, and
/// the credibility; with the source's verification state and the caution it calls for (null, or
/// UnverifiedVideo, UnverifiedFile, Disputed, ShownFalse: docs/adr/0029).
/// </summary>
internal sealed record EvidenceResource(
    Guid SourceId, string Source, string Reliability, string? Quote, string? Locator, string Credibility, int CredibilityGrade, bool Credible,
    string Verification, string? Caution)
{
    public static EvidenceResource From(DossierEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        return new(
            evidence.SourceId, evidence.SourceTitle, evidence.SourceReliability.ToString(), evidence.Quote, evidence.Locator,
            evidence.Credibility.ToString(), (int)evidence.Credibility, evidence.IsCredible,
            (evidence.Standing?.State ?? VerificationState.Unverified).ToString(), evidence.Caution?.ToString());
    }
}
