namespace Whereabouts.Domain;

/// <summary>
/// One thing the detaining side did, or let be done, for a captive: the capture notified, confirmed
/// by the ICRC, a visit, a capture card or a message; when, where, by whom, in whose custody, and on
/// what source. The ombudsman and counsel count these to show what was not done, and how late.
/// </summary>
/// <remarks>
/// An event is never edited or removed. A wrong one is retracted: the retraction (who, when, why)
/// is recorded once on it, and the event stays in the history and the audit log.
/// </remarks>
public sealed class CaptivityEvent
{
    /// <summary>The longest a place or an actor may be.</summary>
    public const int ShortTextLength = 200;

    /// <summary>The longest a note or a reason may be.</summary>
    public const int NoteLength = 4000;

    /// <summary>Records an event.</summary>
    /// <param name="id">The identity, or <see cref="Guid.Empty"/> for a new one.</param>
    /// <param name="personId">The captive.</param>
    /// <param name="kind">What was done.</param>
    /// <param name="occurredOn">When.</param>
    /// <param name="detainingParty">The slug of the party holding the captive, or null when the source does not say.</param>
    /// <param name="place">Where (the place of detention visited), or null.</param>
    /// <param name="by">Who did it (the information bureau, the ICRC delegation), or null.</param>
    /// <param name="note">Anything else, or null.</param>
    /// <param name="sourceId">The registered document that shows it; required.</param>
    /// <param name="recordedBy">The account that recorded it.</param>
    /// <param name="recordedAt">When it was recorded.</param>
    /// <exception cref="DomainRuleException">No person or source, an unknown kind, a date after the day it is recorded, or text that is too long.</exception>
    public CaptivityEvent(
        Guid id,
        Guid personId,
        CaptivityEventKind kind,
        PartialDate occurredOn,
        string? detainingParty,
        string? place,
        string? by,
        string? note,
        Guid sourceId,
        string recordedBy,
        DateTimeOffset recordedAt)
    {
        if (personId == Guid.Empty)
        {
            throw new DomainRuleException("captivity.person-required", "An event of captivity belongs to a person of the registry.");
        }

        if (!Enum.IsDefined(kind))
        {
            throw new DomainRuleException("captivity.kind", $"{(int)kind} is not a kind of captivity event.");
        }

        if (sourceId == Guid.Empty)
        {
            throw new DomainRuleException("captivity.source-required", "Choose the source that shows it: every event of captivity rests on a document.");
        }

        Id = id == Guid.Empty ? Guid.NewGuid() : id;
        PersonId = personId;
        Kind = kind;
        RecordedAt = recordedAt.ToUniversalTime();
        OccurredOn = occurredOn ?? throw new DomainRuleException("captivity.date-required", "Enter the date it happened.");
        if (DateOnly.FromDateTime(RecordedAt.UtcDateTime.AddHours(14)) < occurredOn.Earliest)
        {
            throw new DomainRuleException(
                "captivity.in-future",
                $"It cannot have happened on {occurredOn}: it was recorded on {RecordedAt:yyyy-MM-dd}.");
        }

        DetainingParty = Short(detainingParty, Party.SlugLength);
        Place = Short(place, ShortTextLength);
        By = Short(by, ShortTextLength);
        Note = Short(note, NoteLength);
        SourceId = sourceId;
        RecordedBy = TextValue.OrNull(recordedBy) ?? throw new DomainRuleException("captivity.recorder-required", "An event must say who recorded it.");
    }

    // For the storage layer.
    private CaptivityEvent()
    {
        OccurredOn = null!;
        RecordedBy = null!;
    }

    /// <summary>The event's identity.</summary>
    public Guid Id { get; private init; }

    /// <summary>The captive.</summary>
    public Guid PersonId { get; private init; }

    /// <summary>What was done.</summary>
    public CaptivityEventKind Kind { get; private init; }

    /// <summary>When.</summary>
    public PartialDate OccurredOn { get; private init; }

    /// <summary>The slug of the party holding the captive, or null when the source does not say.</summary>
    public string? DetainingParty { get; private init; }

    /// <summary>Where, or null.</summary>
    public string? Place { get; private init; }

    /// <summary>Who did it, or null.</summary>
    public string? By { get; private init; }

    /// <summary>Anything else, or null.</summary>
    public string? Note { get; private init; }

    /// <summary>The registered document that shows it.</summary>
    public Guid SourceId { get; private init; }

    /// <summary>The account that recorded it.</summary>
    public string RecordedBy { get; private init; }

    /// <summary>When it was recorded, in UTC.</summary>
    public DateTimeOffset RecordedAt { get; private init; }

    /// <summary>When it was retracted, in UTC, or null while it stands.</summary>
    public DateTimeOffset? RetractedAt { get; private set; }

    /// <summary>Who retracted it, or null.</summary>
    public string? RetractedBy { get; private set; }

    /// <summary>Why it was retracted, or null.</summary>
    public string? RetractionReason { get; private set; }

    /// <summary>Whether it still stands (has not been retracted).</summary>
    public bool Stands => RetractedAt is null;

    /// <summary>Retracts the event: it was recorded in error, or its source was shown false.</summary>
    /// <exception cref="DomainRuleException">Already retracted, or no actor or reason.</exception>
    public void Retract(string by, DateTimeOffset at, string reason)
    {
        if (!Stands)
        {
            throw new DomainRuleException("captivity.already-retracted", "This event was already retracted.");
        }

        var actor = TextValue.OrNull(by) ?? throw new DomainRuleException("captivity.recorder-required", "A retraction must say who made it.");
        var why = Short(reason, NoteLength) ?? throw new DomainRuleException("captivity.reason-required", "Say why the event is retracted.");
        RetractedAt = at.ToUniversalTime();
        RetractedBy = actor;
        RetractionReason = why;
    }

    private static string? Short(string? value, int length)
    {
        var text = TextValue.OrNull(value);
        return text is not null && text.Length > length
            ? throw new DomainRuleException("captivity.text-length", $"At most {length} characters.")
            : text;
    }
}
