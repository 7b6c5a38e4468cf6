using Whereabouts.Application.Verification;

namespace Whereabouts.Web.Api.Verification;

/// <summary>The verification of a source or a file: its state, every step (the first recorded first) and the states a next step may move it to.</summary>
internal sealed record VerificationResource(
    Guid? SourceId, string? FileSha256, string State, IReadOnlyList<VerificationStepResource> Steps, IReadOnlyList<string> NextStates)
{
    public static VerificationResource From(VerificationHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        return new(
            history.Subject.SourceId,
            history.Subject.FileSha256,
            history.State.ToString(),
            [.. history.Steps.Select(VerificationStepResource.From)],
            [.. history.NextStates.Select(s => s.ToString())]);
    }
}
