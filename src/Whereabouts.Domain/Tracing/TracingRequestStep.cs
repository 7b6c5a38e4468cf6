namespace Whereabouts.Domain;

/// <summary>
/// One change of a tracing request's <see cref="TracingRequestStatus">status</see>: to what, when,
/// by whom and why. Steps are never changed or removed; together they are the request's history.
/// </summary>
public sealed class TracingRequestStep
{
    /// <summary>The longest a reason may be.</summary>
    public const int ReasonLength = 2000;

    /// <summary>Records a step.</summary>
    /// <exception cref="DomainRuleException">An unknown status, no actor, or a reason that is too long.</exception>
    public TracingRequestStep(Guid id, TracingRequestStatus status, string by, DateTimeOffset at, string? reason)
    {
        if (!Enum.IsDefined(status))
        {
            throw new DomainRuleException("tracing.status", $"{(int)status} is not a status of a tracing request.");
        }

        Id = id == Guid.Empty ? Guid.NewGuid() : id;
        Status = status;
        By = TextValue.OrNull(by) ?? throw new DomainRuleException("tracing.actor-required", "A step of a tracing request must say who took it.");
        At = at.ToUniversalTime();
        Reason = TextValue.OrNull(reason);
        if (Reason is { Length: > ReasonLength })
        {
            throw new DomainRuleException("tracing.reason-length", $"A reason may be at most {ReasonLength} characters.");
        }
    }

    // For the storage layer.
    private TracingRequestStep()
    {
        By = null!;
    }

    /// <summary>The step's identity.</summary>
    public Guid Id { get; private init; }

    /// <summary>The status the request moved to.</summary>
    public TracingRequestStatus Status { get; private init; }

    /// <summary>The account that moved it.</summary>
    public string By { get; private init; }

    /// <summary>When, in UTC.</summary>
    public DateTimeOffset At { get; private init; }

    /// <summary>Why, in the actor's words; always present when a request is closed or reopened.</summary>
    public string? Reason { get; private init; }
}
