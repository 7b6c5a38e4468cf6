namespace Whereabouts.Application.Persons;

/// <summary>A spelling that was withdrawn as entered wrongly, with who withdrew it, when, why and on what evidence.</summary>
/// <param name="Name">The withdrawn form, as it was recorded.</param>
/// <param name="Reason">Why it is wrong.</param>
/// <param name="SourceId">The source that shows it, or null when none was named.</param>
/// <param name="SourceTitle">That source's title, or null.</param>
/// <param name="Quote">What the source says, or null.</param>
/// <param name="Locator">Where in the source, or null.</param>
/// <param name="WithdrawnBy">The account that withdrew it.</param>
/// <param name="WithdrawnAt">When (UTC).</param>
public sealed record DossierWithdrawal(
    DossierName Name,
    string Reason,
    Guid? SourceId,
    string? SourceTitle,
    string? Quote,
    string? Locator,
    string WithdrawnBy,
    DateTimeOffset WithdrawnAt);
