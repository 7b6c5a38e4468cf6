namespace Whereabouts.Domain;

/// <summary>
/// The recorded withdrawal of a <see cref="FateAssertion"/> that turned out to be wrong (remains
/// misidentified, a list entry that was a namesake). The assertion stays in the history, marked as
/// retracted, and no longer counts toward the current fate.
/// </summary>
public sealed class FateRetraction
{
    /// <summary>Creates a retraction; it takes effect when added with <see cref="Person.RetractFate"/>.</summary>
    /// <exception cref="DomainRuleException">The reason, the evidence or the recorder is missing.</exception>
    public FateRetraction(Guid id, Guid assertionId, string reason, Evidence evidence, string recordedBy, DateTimeOffset recordedAt)
    {
        Id = id == Guid.Empty ? Guid.NewGuid() : id;
        AssertionId = assertionId;
        Reason = string.IsNullOrWhiteSpace(reason)
            ? throw new DomainRuleException("retraction.reason-required", "A retraction must say why the assertion is withdrawn.")
            : reason.Trim();
        Evidence = evidence ?? throw new DomainRuleException(
            "retraction.evidence-required",
            "A retraction needs evidence: the source that shows the assertion was wrong.");
        RecordedBy = string.IsNullOrWhiteSpace(recordedBy)
            ? throw new DomainRuleException("retraction.recorder-required", "A retraction must say who recorded it.")
            : recordedBy.Trim();
        RecordedAt = recordedAt.ToUniversalTime();
    }

    // For the storage layer.
    private FateRetraction()
    {
        Reason = null!;
        Evidence = null!;
        RecordedBy = null!;
    }

    /// <summary>The retraction's identity.</summary>
    public Guid Id { get; private init; }

    /// <summary>The assertion withdrawn.</summary>
    public Guid AssertionId { get; private init; }

    /// <summary>Why it is withdrawn, in the caseworker's words.</summary>
    public string Reason { get; private init; }

    /// <summary>What shows the assertion was wrong.</summary>
    public Evidence Evidence { get; private init; }

    /// <summary>The account that recorded the retraction.</summary>
    public string RecordedBy { get; private init; }

    /// <summary>When the retraction was recorded.</summary>
    public DateTimeOffset RecordedAt { get; private init; }
}
