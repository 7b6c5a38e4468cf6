using Whereabouts.Application.Sources;
using Whereabouts.Domain;

namespace Whereabouts.Application.Reports;

/// <summary>One person on the still-held list.</summary>
/// <param name="Person">The person, for a link.</param>
/// <param name="Status">Their status on the day asked about (reported or confirmed captured, detained, on trial, sentenced).</param>
/// <param name="Since">When the current stretch in captivity began: the date of its first assertion.</param>
/// <param name="IsCredible">False when no credible (1–3) evidence backs the status; such people are on the list, marked.</param>
/// <param name="IsContested">True when credible evidence on the person conflicts.</param>
/// <param name="Evidence">The evidence of the current status.</param>
/// <param name="LegalCases">The person's legal cases (empty until the registry records them).</param>
public sealed record StillHeldEntry(
    PersonLink Person,
    FateStatus Status,
    PartialDate Since,
    bool IsCredible,
    bool IsContested,
    StillHeldEvidence Evidence,
    IReadOnlyList<StillHeldLegalCase> LegalCases);
