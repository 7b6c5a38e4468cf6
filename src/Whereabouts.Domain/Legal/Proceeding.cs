namespace Whereabouts.Domain;

/// <summary>
/// One dated step in a <see cref="LegalCase"/>: a filing, a hearing, a decision. Steps are never
/// edited or removed once recorded; a wrong one is answered by a later step that says so.
/// </summary>
public sealed class Proceeding
{
    /// <summary>Creates a step; it takes effect when added with <see cref="LegalCase.AddProceeding"/>.</summary>
    /// <exception cref="DomainRuleException">The date, the description or the recorder is missing, or the kind is unknown.</exception>
    public Proceeding(
        Guid id,
        PartialDate on,
        ProceedingKind kind,
        string description,
        string recordedBy,
        DateTimeOffset recordedAt,
        Guid? sourceId = null)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new DomainRuleException("proceeding.kind", $"{(int)kind} is not a kind of proceeding.");
        }

        Id = id == Guid.Empty ? Guid.NewGuid() : id;
        On = on ?? throw new DomainRuleException("proceeding.date-required", "A proceeding needs the date it took place.");
        Kind = kind;
        Description = TextValue.OrNull(description)
            ?? throw new DomainRuleException("proceeding.description-required", "Say what happened: who decided what, or what the hearing did.");
        RecordedBy = TextValue.OrNull(recordedBy)
            ?? throw new DomainRuleException("proceeding.recorder-required", "A proceeding must say who recorded it.");
        RecordedAt = recordedAt.ToUniversalTime();
        SourceId = sourceId == Guid.Empty ? null : sourceId;
    }

    // For the storage layer.
    private Proceeding()
    {
        On = null!;
        Description = null!;
        RecordedBy = null!;
    }

    /// <summary>The step's identity.</summary>
    public Guid Id { get; private init; }

    /// <summary>When it took place.</summary>
    public PartialDate On { get; private init; }

    /// <summary>What kind of step it was.</summary>
    public ProceedingKind Kind { get; private init; }

    /// <summary>What happened, in the recorder's words.</summary>
    public string Description { get; private init; }

    /// <summary>The registered document that shows it (a decision, a hearing record), or null.</summary>
    public Guid? SourceId { get; private init; }

    /// <summary>The account that recorded it.</summary>
    public string RecordedBy { get; private init; }

    /// <summary>When it was recorded, in UTC.</summary>
    public DateTimeOffset RecordedAt { get; private init; }
}
