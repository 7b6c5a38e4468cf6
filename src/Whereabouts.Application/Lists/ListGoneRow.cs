namespace Whereabouts.Application.Lists;

/// <summary>
/// A row of the earlier version of a list that the newer version no longer has. When it is a
/// <see cref="IsDeparture">departure</see> (a registry person the earlier version held captive, or
/// of whom it stated no fate), caseworkers see it highlighted until one of them acknowledges it.
/// </summary>
/// <param name="Row">The row in the earlier version.</param>
/// <param name="IsDeparture">Whether caseworkers must see it: the row is linked to a person, and states a captivity fate or none.</param>
/// <param name="AcknowledgedBy">Who acknowledged the departure, or null while it is pending.</param>
/// <param name="AcknowledgedAt">When (UTC).</param>
/// <param name="AcknowledgementNote">What they noted.</param>
public sealed record ListGoneRow(ListChangeRow Row, bool IsDeparture, string? AcknowledgedBy = null, DateTimeOffset? AcknowledgedAt = null, string? AcknowledgementNote = null)
{
    /// <summary>Whether the departure waits for a caseworker to acknowledge it.</summary>
    public bool IsPending => IsDeparture && AcknowledgedBy is null;
}
