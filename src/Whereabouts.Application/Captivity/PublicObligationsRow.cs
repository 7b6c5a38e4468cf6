namespace Whereabouts.Application.Captivity;

/// <summary>One notification outcome and its count per detaining party; null where the count is hidden.</summary>
public sealed record PublicObligationsRow(NotificationOutcome Outcome, IReadOnlyList<int?> CountsByParty);
