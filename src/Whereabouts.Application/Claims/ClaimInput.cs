namespace Whereabouts.Application.Claims;

/// <summary>An analyst's correction of a count claim, as typed into the form or sent as JSON.</summary>
/// <param name="Count">The number as stated; blank only for a vague claim.</param>
/// <param name="CountMax">The upper end of a range.</param>
/// <param name="Qualifier">Exact, About, AtLeast, MoreThan, FewerThan, Range or Vague.</param>
/// <param name="Category">Missing, Captured, Held, Released, Killed, Wounded or Arrested.</param>
/// <param name="Side">The slug of the party whose people are counted (any case), or blank when the claim does not say.</param>
/// <param name="IncidentId">The incident counted over, or blank.</param>
/// <param name="PlaceId">The place counted over, or blank; not both.</param>
/// <param name="AsOf">The date the figure refers to ("2020-12-15", "2020-12"), or blank.</param>
/// <param name="Status">Asserted, Denied or Rumour.</param>
/// <param name="ClaimedBy">Who made the claim, or blank when the source states it itself.</param>
/// <param name="Quote">The sentence the claim was read from.</param>
public sealed record ClaimInput(
    int? Count,
    int? CountMax,
    string? Qualifier,
    string? Category,
    string? Side,
    Guid? IncidentId,
    Guid? PlaceId,
    string? AsOf,
    string? Status,
    string? ClaimedBy,
    string? Quote);
