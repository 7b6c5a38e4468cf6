namespace Whereabouts.Application.Tracing;

/// <summary>
/// How long a family may wait for an answer before its request is listed as overdue
/// (configuration <c>Whereabouts:Tracing:AnswerWithinDays</c>).
/// </summary>
public sealed record AnswerDeadline
{
    /// <summary>The configuration key.</summary>
    public const string Setting = "Whereabouts:Tracing:AnswerWithinDays";

    /// <summary>The days when none are configured: 30, the month a tracing office commonly promises.</summary>
    public const int DefaultDays = 30;

    /// <summary>Creates the deadline.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Fewer than one day, or more than ten years.</exception>
    public AnswerDeadline(int days = DefaultDays)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(days, 3650);
        Days = days;
    }

    /// <summary>A request unanswered for this many whole days (or more) is overdue.</summary>
    public int Days { get; }
}
