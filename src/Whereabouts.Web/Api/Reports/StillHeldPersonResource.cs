using Whereabouts.Application.Reports;
using Whereabouts.Domain;

namespace Whereabouts.Web.Api.Reports;

/// <summary>
/// One person on the still-held list: status on the day, held since, the evidence of the status
/// (with its source's verification state and the caution it calls for, docs/adr/0029), and legal cases.
/// </summary>
internal sealed record StillHeldPersonResource(
    Guid PersonId,
    string DisplayName,
    bool IsInvented,
    string Status,
    string Since,
    bool IsCredible,
    bool IsContested,
    Guid EvidenceSourceId,
    string EvidenceSourceTitle,
    string? EvidenceQuote,
    string? EvidenceLocator,
    string EvidenceCredibility,
    string EvidenceVerification,
    string? EvidenceCaution,
    IReadOnlyList<StillHeldLegalCase> LegalCases)
{
    public static StillHeldPersonResource From(StillHeldEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new(
            entry.Person.Id,
            entry.Person.DisplayName,
            entry.Person.IsInvented,
            entry.Status.ToString(),
            entry.Since.ToString(),
            entry.IsCredible,
            entry.IsContested,
            entry.Evidence.SourceId,
            entry.Evidence.SourceTitle,
            entry.Evidence.Quote,
            entry.Evidence.Locator,
            entry.Evidence.Credibility.ToString(),
            (entry.Evidence.Standing?.State ?? VerificationState.Unverified).ToString(),
            entry.Evidence.Caution?.ToString(),
            entry.LegalCases);
    }
}
