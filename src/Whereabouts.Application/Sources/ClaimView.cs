using Whereabouts.Domain;

namespace Whereabouts.Application.Sources;

/// <summary>A count claim as the source, incident and place pages show it, with the names its links need.</summary>
/// <param name="Id">The claim.</param>
/// <param name="SourceId">The source it was read from.</param>
/// <param name="SourceTitle">That source's title.</param>
/// <param name="Count">The number as stated; null for vague claims.</param>
/// <param name="CountMax">The upper end of a range, otherwise null.</param>
/// <param name="Qualifier">How the number is meant.</param>
/// <param name="Category">What happened to the people counted.</param>
/// <param name="Side">Whose people are counted, or null when not stated.</param>
/// <param name="IncidentId">The incident counted over, or null.</param>
/// <param name="IncidentName">That incident's name, or null.</param>
/// <param name="PlaceId">The place counted over, or null.</param>
/// <param name="PlaceName">That place's shown name, or null.</param>
/// <param name="AsOf">The date the figure refers to, or null.</param>
/// <param name="Status">Asserted, denied or rumour.</param>
/// <param name="ClaimedBy">Who made the claim, or null when the source states it itself.</param>
/// <param name="Quote">The sentence the claim was read from.</param>
/// <param name="Review">Accepted, waiting for review, or rejected; only accepted claims are counted.</param>
/// <param name="Version">The claim's version, for conflicting edits.</param>
public sealed record ClaimView(
    Guid Id,
    Guid SourceId,
    string SourceTitle,
    int? Count,
    int? CountMax,
    CountQualifier Qualifier,
    CountCategory Category,
    string? Side,
    Guid? IncidentId,
    string? IncidentName,
    Guid? PlaceId,
    string? PlaceName,
    PartialDate? AsOf,
    ClaimStatus Status,
    string? ClaimedBy,
    string Quote,
    ClaimReview Review,
    int Version);
