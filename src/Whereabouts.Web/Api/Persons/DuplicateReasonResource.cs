namespace Whereabouts.Web.Api.Persons;

/// <summary>One field of the engine's reasons for a duplicate candidate.</summary>
/// <param name="Field">The field compared (name, patronymic, birth_date, birth_place).</param>
/// <param name="Level">How far the values agreed ("exact", "same_name_key", "different"…).</param>
/// <param name="Entered">The value entered, as compared (names transliterated).</param>
/// <param name="Recorded">The record's value, as compared.</param>
/// <param name="Weight">What the field added to the match weight (negative: against).</param>
/// <param name="Detail">What agreed, in words, when the level alone does not say.</param>
internal sealed record DuplicateReasonResource(string Field, string Level, string? Entered, string? Recorded, double Weight, string? Detail);
