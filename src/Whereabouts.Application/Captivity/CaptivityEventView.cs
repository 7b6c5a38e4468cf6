using Whereabouts.Application.Legal;
using Whereabouts.Domain;

namespace Whereabouts.Application.Captivity;

/// <summary>One event of captivity as pages and the API show it, retracted ones included and marked.</summary>
/// <param name="Id">The event.</param>
/// <param name="PersonId">The record it was recorded on (one of the identity's records).</param>
/// <param name="Kind">What was done.</param>
/// <param name="OccurredOn">When.</param>
/// <param name="DetainingParty">The slug of the party holding the captive, or null.</param>
/// <param name="Place">Where, or null.</param>
/// <param name="By">Who did it, or null.</param>
/// <param name="Note">Anything else, or null.</param>
/// <param name="Source">The document that shows it.</param>
/// <param name="RecordedBy">The account that recorded it.</param>
/// <param name="RecordedAt">When it was recorded.</param>
/// <param name="RetractedBy">Who retracted it, or null while it stands.</param>
/// <param name="RetractedAt">When it was retracted, or null while it stands.</param>
/// <param name="RetractionReason">Why it was retracted, or null while it stands.</param>
public sealed record CaptivityEventView(
    Guid Id,
    Guid PersonId,
    CaptivityEventKind Kind,
    PartialDate OccurredOn,
    string? DetainingParty,
    string? Place,
    string? By,
    string? Note,
    DocumentLink Source,
    string RecordedBy,
    DateTimeOffset RecordedAt,
    string? RetractedBy,
    DateTimeOffset? RetractedAt,
    string? RetractionReason)
{
    /// <summary>Whether the event still stands (has not been retracted).</summary>
    public bool Stands => RetractedAt is null;
}
