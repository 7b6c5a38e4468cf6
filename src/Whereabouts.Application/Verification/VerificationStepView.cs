using Whereabouts.Domain;

namespace Whereabouts.Application.Verification;

/// <summary>One step of a verification history.</summary>
/// <param name="Id">The step.</param>
/// <param name="State">The state the item moved to.</param>
/// <param name="Methods">How it was checked, one value per method, in the enum's order; empty when none was named.</param>
/// <param name="Note">What was found, or null.</param>
/// <param name="RecordedBy">The account that recorded the step.</param>
/// <param name="RecordedAt">When (UTC).</param>
public sealed record VerificationStepView(
    Guid Id, VerificationState State, IReadOnlyList<VerificationMethods> Methods, string? Note, string RecordedBy, DateTimeOffset RecordedAt)
{
    internal static VerificationStepView From(VerificationStep step) =>
        new(step.Id, step.State, VerificationNames.Split(step.Methods), step.Note, step.RecordedBy, step.RecordedAt);
}
