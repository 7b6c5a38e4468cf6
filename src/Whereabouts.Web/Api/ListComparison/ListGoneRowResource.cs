using Whereabouts.Application.Lists;

namespace Whereabouts.Web.Api.ListComparison;

/// <summary>
/// A row of the earlier version that the newer one no longer has. A departure (a linked person the
/// earlier version held captive, or of whom it stated no fate) is pending until acknowledged.
/// </summary>
internal sealed record ListGoneRowResource(ListRowResource Row, bool Departure, bool Pending, string? AcknowledgedBy, DateTimeOffset? AcknowledgedAt, string? AcknowledgementNote)
{
    public static ListGoneRowResource From(ListGoneRow gone)
    {
        ArgumentNullException.ThrowIfNull(gone);
        return new(ListRowResource.From(gone.Row), gone.IsDeparture, gone.IsPending, gone.AcknowledgedBy, gone.AcknowledgedAt, gone.AcknowledgementNote);
    }
}
