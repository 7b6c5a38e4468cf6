using Whereabouts.Application.Verification;

namespace Whereabouts.Web.Api.Verification;

/// <summary>One step of checking a source or a file: the state it moved to, the methods by name, the note, who and when.</summary>
internal sealed record VerificationStepResource(Guid Id, string State, IReadOnlyList<string> Methods, string? Note, string RecordedBy, DateTimeOffset RecordedAt)
{
    public static VerificationStepResource From(VerificationStepView step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return new(step.Id, step.State.ToString(), [.. step.Methods.Select(m => m.ToString())], step.Note, step.RecordedBy, step.RecordedAt);
    }
}
