namespace Whereabouts.Application.Captivity;

/// <summary>
/// An event of captivity as a form or a JSON body gives it, checked by <see cref="CaptivityEvents"/>
/// (fields named "kind", "occurredOn", "detainingParty", "place", "by", "note", "sourceId").
/// </summary>
/// <param name="Kind">A <see cref="Domain.CaptivityEventKind"/> name (CaptureNotified, CaptureConfirmedByIcrc, Visit, CaptureCard, Message); required.</param>
/// <param name="OccurredOn">When it happened, as a partial date (2020-12-15, 2020-12); required, not in the future.</param>
/// <param name="DetainingParty">The slug of a recorded party holding the captive, or blank when the source does not say.</param>
/// <param name="Place">Where (the place of detention visited), or blank.</param>
/// <param name="By">Who did it (the information bureau, the ICRC delegation), or blank.</param>
/// <param name="Note">Anything else, or blank.</param>
/// <param name="SourceId">The registered source that shows it; required.</param>
public sealed record CaptivityEventInput(
    string? Kind,
    string? OccurredOn,
    string? DetainingParty,
    string? Place,
    string? By,
    string? Note,
    Guid? SourceId);
