namespace Whereabouts.Domain;

/// <summary>The content of a <see cref="CountClaim"/>, validated when a claim is made or revised.</summary>
/// <param name="SourceId">The source the claim was read from.</param>
/// <param name="Count">The number as stated; null only for <see cref="CountQualifier.Vague"/> claims.</param>
/// <param name="CountMax">The upper end of a <see cref="CountQualifier.Range"/>, otherwise null.</param>
/// <param name="Qualifier">How the number is meant.</param>
/// <param name="Category">What happened to the people counted.</param>
/// <param name="Side">The slug of the party whose people are counted, if stated.</param>
/// <param name="IncidentId">The incident counted over; at most one of this and <paramref name="PlaceId"/>.</param>
/// <param name="PlaceId">The place counted over.</param>
/// <param name="AsOf">The date the figure refers to.</param>
/// <param name="Status">Asserted, denied or rumour.</param>
/// <param name="ClaimedBy">Who made the claim ("the Ministry of Defence"), or null when the source states it itself.</param>
/// <param name="Quote">The sentence the claim was read from; required.</param>
public sealed record CountClaimDetails(
    Guid SourceId,
    int? Count,
    int? CountMax,
    CountQualifier Qualifier,
    CountCategory Category,
    string? Side,
    Guid? IncidentId,
    Guid? PlaceId,
    PartialDate? AsOf,
    ClaimStatus Status,
    string? ClaimedBy,
    string Quote);
