namespace Whereabouts.Domain;

/// <summary>
/// What a person's family was told about them: when, by whom, to which relative, and on what
/// evidence. Families are told different things by different offices; recording each telling lets
/// a caseworker answer "who told us he was alive, and on what?".
/// </summary>
/// <remarks>
/// <para>The relative is recorded by relationship only ("mother", "brother"), never by name,
/// telephone number or address: the names and contacts of families can endanger them
/// (docs/adr/0011). A recipient that looks like a contact detail is refused.</para>
/// <para>A notification is never edited or removed. A wrong record is answered by a new one that
/// <see cref="CorrectsId">corrects</see> it; both stay in the history.</para>
/// </remarks>
public sealed class FamilyNotification
{
    private readonly List<Guid> _sourceIds = [];

    /// <summary>Records what a family was told.</summary>
    /// <exception cref="DomainRuleException">
    /// Neither a status nor a message; no teller or recipient; a recipient that looks like a contact
    /// detail; an unknown status; a date after the moment it is recorded; or a record that corrects itself.
    /// </exception>
    public FamilyNotification(
        Guid id,
        Guid personId,
        PartialDate toldOn,
        FateStatus? conveyedStatus,
        string? message,
        string toldBy,
        string recipient,
        IEnumerable<Guid>? sourceIds,
        string recordedBy,
        DateTimeOffset recordedAt,
        Guid? correctsId = null,
        Guid? tracingRequestId = null)
    {
        Id = id == Guid.Empty ? Guid.NewGuid() : id;
        if (personId == Guid.Empty)
        {
            throw new DomainRuleException("notification.person-required", "A notification belongs to a person of the registry.");
        }

        if (conveyedStatus is { } status && !Enum.IsDefined(status))
        {
            throw new DomainRuleException("notification.status", $"{(int)status} is not a fate status.");
        }

        Message = TextValue.OrNull(message);
        if (conveyedStatus is null && Message is null)
        {
            throw new DomainRuleException(
                "notification.content-required",
                "Say what the family was told: the fate it conveyed, the words used, or both.");
        }

        ToldOn = toldOn ?? throw new DomainRuleException("notification.date-required", "A notification needs the date the family was told.");
        RecordedAt = recordedAt.ToUniversalTime();
        var latestLocalDay = DateOnly.FromDateTime(RecordedAt.UtcDateTime.AddHours(14));
        if (latestLocalDay < toldOn.Earliest)
        {
            throw new DomainRuleException(
                "notification.in-future",
                $"The family cannot have been told on {toldOn}: it was recorded on {RecordedAt:yyyy-MM-dd}.");
        }

        ToldBy = TextValue.OrNull(toldBy)
            ?? throw new DomainRuleException("notification.teller-required", "Say who told the family: an office, an organisation or a person in an official role.");
        Recipient = TextValue.OrNull(recipient)
            ?? throw new DomainRuleException("notification.recipient-required", "Say which relative was told, by relationship (mother, brother, wife).");
        if (LooksLikeContact(Recipient))
        {
            throw new DomainRuleException(
                "notification.recipient-contact",
                "Record the relative by relationship only (mother, brother, wife): no telephone numbers, e-mail or street addresses.");
        }

        if (correctsId is { } corrected && corrected == Id)
        {
            throw new DomainRuleException("notification.corrects-itself", "A notification cannot correct itself.");
        }

        PersonId = personId;
        ConveyedStatus = conveyedStatus;
        _sourceIds.AddRange((sourceIds ?? []).Where(s => s != Guid.Empty).Distinct());
        RecordedBy = TextValue.OrNull(recordedBy)
            ?? throw new DomainRuleException("notification.recorder-required", "A notification must say who recorded it.");
        CorrectsId = correctsId;
        TracingRequestId = tracingRequestId == Guid.Empty ? null : tracingRequestId;
    }

    // For the storage layer.
    private FamilyNotification()
    {
        ToldOn = null!;
        ToldBy = null!;
        Recipient = null!;
        RecordedBy = null!;
    }

    /// <summary>The record's identity.</summary>
    public Guid Id { get; private init; }

    /// <summary>The person the family was told about.</summary>
    public Guid PersonId { get; private init; }

    /// <summary>When the family was told.</summary>
    public PartialDate ToldOn { get; private init; }

    /// <summary>The fate the telling conveyed ("he is held", "his remains were identified"), or null when only words were recorded.</summary>
    public FateStatus? ConveyedStatus { get; private init; }

    /// <summary>What the family was told, in the recorder's words, or null.</summary>
    public string? Message { get; private init; }

    /// <summary>Who told them: an office, an organisation, a person in an official role.</summary>
    public string ToldBy { get; private init; }

    /// <summary>The relative who was told, by relationship only ("mother").</summary>
    public string Recipient { get; private init; }

    /// <summary>The registered documents the telling rested on; empty when it rested on none the registry holds.</summary>
    public IReadOnlyList<Guid> SourceIds => _sourceIds;

    /// <summary>The earlier notification of the same person this one corrects, or null.</summary>
    public Guid? CorrectsId { get; private init; }

    /// <summary>The tracing request this telling answered, or null when it answered none the registry holds.</summary>
    public Guid? TracingRequestId { get; private init; }

    /// <summary>The account that recorded it.</summary>
    public string RecordedBy { get; private init; }

    /// <summary>When it was recorded, in UTC.</summary>
    public DateTimeOffset RecordedAt { get; private init; }

    // A relationship is a word or two; an '@', a web address or a run of digits is a contact detail.
    private static bool LooksLikeContact(string text)
    {
        if (text.Contains('@', StringComparison.Ordinal) || text.Contains("://", StringComparison.Ordinal))
        {
            return true;
        }

        var digits = 0;
        foreach (var c in text)
        {
            digits = char.IsDigit(c) ? digits + 1 : 0;
            if (digits >= 3)
            {
                return true;
            }
        }

        return false;
    }
}
