namespace Whereabouts.Domain;

/// <summary>
/// One entry in a person's fate history: "as of this date, this person was in this state, and
/// this is the evidence". Assertions are never edited or deleted; a wrong one is answered by a
/// later assertion or withdrawn by a <see cref="FateRetraction"/>, which is itself recorded.
/// </summary>
public sealed class FateAssertion
{
    /// <summary>Creates an assertion; it takes effect when added with <see cref="Person.AssertFate"/>.</summary>
    /// <exception cref="DomainRuleException">The evidence or the recorder is missing.</exception>
    public FateAssertion(
        Guid id,
        FateStatus status,
        PartialDate asOf,
        Evidence evidence,
        string recordedBy,
        DateTimeOffset recordedAt,
        Guid? incidentId = null,
        Guid? placeId = null,
        string? note = null)
    {
        if (!Enum.IsDefined(status))
        {
            throw new DomainRuleException("fate.status", $"{(int)status} is not a fate status.");
        }

        Id = id == Guid.Empty ? Guid.NewGuid() : id;
        Status = status;
        AsOf = asOf ?? throw new DomainRuleException("fate.date-required", "A fate assertion needs the date it refers to.");
        Evidence = evidence ?? throw new DomainRuleException(
            "fate.evidence-required",
            $"A fate assertion ({status}) needs evidence: a source and a quote or locator.");
        RecordedBy = string.IsNullOrWhiteSpace(recordedBy)
            ? throw new DomainRuleException("fate.recorder-required", "A fate assertion must say who recorded it.")
            : recordedBy.Trim();
        RecordedAt = recordedAt.ToUniversalTime();
        IncidentId = incidentId;
        PlaceId = placeId;
        Note = TextValue.OrNull(note);
    }

    // For the storage layer, which sets the properties from the database.
    private FateAssertion()
    {
        AsOf = null!;
        Evidence = null!;
        RecordedBy = null!;
    }

    /// <summary>The assertion's identity.</summary>
    public Guid Id { get; private init; }

    /// <summary>The state asserted.</summary>
    public FateStatus Status { get; private init; }

    /// <summary>The date the state refers to (when it was true), not when it was recorded.</summary>
    public PartialDate AsOf { get; private init; }

    /// <summary>What the assertion rests on.</summary>
    public Evidence Evidence { get; private init; }

    /// <summary>The incident this state arose in (the fighting at Khtsabert, an exchange), if any.</summary>
    public Guid? IncidentId { get; private init; }

    /// <summary>Where the person was, if the evidence says.</summary>
    public Guid? PlaceId { get; private init; }

    /// <summary>A caseworker's remark, if any.</summary>
    public string? Note { get; private init; }

    /// <summary>The account that recorded the assertion.</summary>
    public string RecordedBy { get; private init; }

    /// <summary>When the assertion was recorded (as opposed to <see cref="AsOf"/>), in UTC.</summary>
    public DateTimeOffset RecordedAt { get; private init; }
}
