using Whereabouts.Application.Legal;
using Whereabouts.Domain;

namespace Whereabouts.Application.Control;

/// <summary>One period of control as pages and the API show it, retracted ones included and marked.</summary>
/// <param name="Id">The period.</param>
/// <param name="PlaceId">The place.</param>
/// <param name="Kind">Controlled, patrolled or contested.</param>
/// <param name="Party">The slug of the party that held or patrolled the place, or null.</param>
/// <param name="Holder">The name of a holder that is not a party to the conflict, or null.</param>
/// <param name="From">The first day (or month, or year).</param>
/// <param name="To">The last, or null when the source gives no end.</param>
/// <param name="Source">The document that shows it.</param>
/// <param name="Locator">Where in the source, or null.</param>
/// <param name="Note">Anything else, or null.</param>
/// <param name="RecordedBy">The account that recorded it.</param>
/// <param name="RecordedAt">When it was recorded.</param>
/// <param name="RetractedBy">Who retracted it, or null while it stands.</param>
/// <param name="RetractedAt">When it was retracted, or null while it stands.</param>
/// <param name="RetractionReason">Why it was retracted, or null while it stands.</param>
public sealed record PlaceControlView(
    Guid Id,
    Guid PlaceId,
    ControlKind Kind,
    string? Party,
    string? Holder,
    PartialDate From,
    PartialDate? To,
    DocumentLink Source,
    string? Locator,
    string? Note,
    string RecordedBy,
    DateTimeOffset RecordedAt,
    string? RetractedBy,
    DateTimeOffset? RetractedAt,
    string? RetractionReason)
{
    /// <summary>Whether the period still stands (has not been retracted).</summary>
    public bool Stands => RetractedAt is null;

    /// <summary>
    /// Whether the period may overlap <paramref name="when"/>: a day, or a month or year when that is
    /// all that is known ("December 2020" may mean any of its days). An open period runs on.
    /// </summary>
    public bool MayOverlap(PartialDate when)
    {
        ArgumentNullException.ThrowIfNull(when);
        return From.Earliest <= when.Latest && (To is null || when.Earliest <= To.Latest);
    }

    /// <summary>Whether this period and <paramref name="other"/> say the same thing about who held the place.</summary>
    public bool SaysTheSameAs(PlaceControlView other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Kind == other.Kind
            && string.Equals(Party, other.Party, StringComparison.Ordinal)
            && string.Equals(Holder, other.Holder, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Whether this period and <paramref name="other"/> contradict each other: both say who held the
    /// place (controlled or contested, not a patrol, which holds nothing), they say different things,
    /// and their periods may overlap.
    /// </summary>
    public bool Contradicts(PlaceControlView other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Kind != ControlKind.Patrolled && other.Kind != ControlKind.Patrolled
            && !SaysTheSameAs(other)
            && From.Earliest <= (other.To?.Latest ?? DateOnly.MaxValue)
            && other.From.Earliest <= (To?.Latest ?? DateOnly.MaxValue);
    }
}
