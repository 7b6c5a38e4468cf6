namespace Whereabouts.Ingestion.Claims;

/// <summary>
/// One statement of how many people are missing, captured, held, released, killed, wounded or
/// arrested, as read from one sentence of an article. The string fields hold the JSON values of
/// <see cref="ClaimValues"/> so the engine does not depend on the domain project.
/// </summary>
/// <param name="Count">The number as stated. For a <see cref="ClaimValues.Range"/> the lower end;
/// for a <see cref="ClaimValues.Vague"/> claim ("several dozen") the smallest number the words
/// can mean (24), so a vague claim still sorts and compares.</param>
/// <param name="CountMax">The upper end of a range ("40 to 140"); null for every other qualifier.
/// When set it is always above <paramref name="Count"/>.</param>
/// <param name="Qualifier">How the number is meant: one of the qualifier values of <see cref="ClaimValues"/>.</param>
/// <param name="Category">What happened to the people counted: one of the category values.</param>
/// <param name="Side">Whose people are counted (<see cref="ClaimValues.Armenian"/>,
/// <see cref="ClaimValues.Azerbaijani"/>), or null when the sentence does not say.</param>
/// <param name="Source">Who made the claim as the article names them ("the Ministry of Defense",
/// "Baku"), or null when the article states the figure itself. For a denied figure, the one who
/// denied it.</param>
/// <param name="Status">Asserted, denied or rumour: one of the status values.</param>
/// <param name="Date">The day the figure refers to, resolved against the publication date; null
/// when the sentence names no day (the publication date is not assumed).</param>
/// <param name="Quote">The whole sentence the claim was read from, trimmed.</param>
public sealed record CountClaim(
    int Count,
    int? CountMax,
    string Qualifier,
    string Category,
    string? Side,
    string? Source,
    string Status,
    DateOnly? Date,
    string Quote);
