using Whereabouts.Domain;

namespace Whereabouts.Web.Api.Tracing;

/// <summary>One status change of a tracing request: to what, by whom, when, why.</summary>
internal sealed record TracingStepResource(string Status, string By, DateTimeOffset At, string? Reason)
{
    public static TracingStepResource From(TracingRequestStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return new(step.Status.ToString(), step.By, step.At, step.Reason);
    }
}
