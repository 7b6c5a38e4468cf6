namespace Whereabouts.Domain;

/// <summary>
/// A caseworker's acknowledgement that a person is gone from a newer version of a list (a man on
/// the detaining side's list of captives in January and not on it in February): the highlight is
/// shown until someone has seen it and said what was done. An acknowledgement is never removed.
/// </summary>
public sealed class ListDepartureAcknowledgement
{
    /// <summary>Records an acknowledgement.</summary>
    /// <exception cref="DomainRuleException">A list, row or person is missing, or no one acknowledged.</exception>
    public ListDepartureAcknowledgement(Guid id, Guid newerSourceId, Guid goneEntryId, Guid personId, string acknowledgedBy, DateTimeOffset acknowledgedAt, string? note)
    {
        if (newerSourceId == Guid.Empty || goneEntryId == Guid.Empty || personId == Guid.Empty)
        {
            throw new DomainRuleException("list-departure.reference", "An acknowledgement names the newer list, the row gone from it and the person.");
        }

        Id = id == Guid.Empty ? Guid.NewGuid() : id;
        NewerSourceId = newerSourceId;
        GoneEntryId = goneEntryId;
        PersonId = personId;
        AcknowledgedBy = TextValue.OrNull(acknowledgedBy) ?? throw new DomainRuleException("list-departure.actor", "An acknowledgement must say who made it.");
        AcknowledgedAt = acknowledgedAt.ToUniversalTime();
        Note = TextValue.OrNull(note);
    }

    // For the storage layer.
    private ListDepartureAcknowledgement()
    {
        AcknowledgedBy = null!;
    }

    /// <summary>The acknowledgement's identity.</summary>
    public Guid Id { get; private init; }

    /// <summary>The newer version of the list, from which the person is gone.</summary>
    public Guid NewerSourceId { get; private init; }

    /// <summary>The person's row in the earlier version.</summary>
    public Guid GoneEntryId { get; private init; }

    /// <summary>The registry person the gone row was linked to.</summary>
    public Guid PersonId { get; private init; }

    /// <summary>Who acknowledged it.</summary>
    public string AcknowledgedBy { get; private init; }

    /// <summary>When (UTC).</summary>
    public DateTimeOffset AcknowledgedAt { get; private init; }

    /// <summary>What was done or found (asked the ICRC, the man was repatriated…).</summary>
    public string? Note { get; private init; }
}
