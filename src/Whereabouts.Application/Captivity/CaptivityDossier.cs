namespace Whereabouts.Application.Captivity;

/// <summary>A person's captivity as the dossier shows it: every event, the figures, and who held him by which rule.</summary>
/// <param name="Events">Every event of the identity's records, earliest first, retracted ones included.</param>
/// <param name="Summary">The figures; null when no credible standing assertion makes him a captive.</param>
/// <param name="CaptureSource">The source of the assertion that dates the capture; null when there is no summary.</param>
/// <param name="DetainingParty">The slug of the detaining party, or null when unknown or when there is no summary (no captive, no one who holds him).</param>
/// <param name="Rule">Which rule gave it (docs/adr/0026); <see cref="DetainingPartyRule.Unknown"/> when there is no summary.</param>
/// <param name="LateAfterDays">A notification later than this many days after the capture is late.</param>
/// <param name="IsLate">Whether the notification came after the deadline.</param>
public sealed record CaptivityDossier(
    IReadOnlyList<CaptivityEventView> Events,
    CaptivitySummary? Summary,
    Legal.DocumentLink? CaptureSource,
    string? DetainingParty,
    DetainingPartyRule Rule,
    int LateAfterDays,
    bool IsLate);
