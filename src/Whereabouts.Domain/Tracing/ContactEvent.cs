namespace Whereabouts.Domain;

/// <summary>
/// That someone recorded, saw, replaced or erased the contact details of a tracing request's
/// enquirer, when, and why. The details themselves are never part of the event: they are kept
/// encrypted apart from the request, outside the audit log, and can be erased; the events stay, so
/// that every showing of a family's telephone number is on record.
/// </summary>
public sealed class ContactEvent
{
    /// <summary>The longest a reason may be.</summary>
    public const int ReasonLength = 1000;

    /// <summary>Records an event.</summary>
    /// <exception cref="DomainRuleException">An unknown kind, no actor, an erasure without a reason, or a reason that is too long.</exception>
    public ContactEvent(Guid id, ContactEventKind kind, string by, DateTimeOffset at, string? reason)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new DomainRuleException("tracing.contact-event", $"{(int)kind} is not a kind of contact event.");
        }

        Id = id == Guid.Empty ? Guid.NewGuid() : id;
        Kind = kind;
        By = TextValue.OrNull(by) ?? throw new DomainRuleException("tracing.actor-required", "A contact event must say who acted.");
        At = at.ToUniversalTime();
        Reason = TextValue.OrNull(reason);
        if (kind == ContactEventKind.Erased && Reason is null)
        {
            throw new DomainRuleException("tracing.erasure-reason", "Say why the contact is erased (for example: at the family's request).");
        }

        if (Reason is { Length: > ReasonLength })
        {
            throw new DomainRuleException("tracing.reason-length", $"A reason may be at most {ReasonLength} characters.");
        }
    }

    // For the storage layer.
    private ContactEvent()
    {
        By = null!;
    }

    /// <summary>The event's identity.</summary>
    public Guid Id { get; private init; }

    /// <summary>What was done.</summary>
    public ContactEventKind Kind { get; private init; }

    /// <summary>The account that did it.</summary>
    public string By { get; private init; }

    /// <summary>When, in UTC.</summary>
    public DateTimeOffset At { get; private init; }

    /// <summary>Why, when a reason was given (always for an erasure).</summary>
    public string? Reason { get; private init; }
}
