using Whereabouts.Domain;

namespace Whereabouts.Application.Verification;

/// <summary>How far a source or a file has been checked, and every step that brought it there.</summary>
/// <param name="Subject">The source or the file.</param>
/// <param name="State">Its state now: that of the last step, or unverified when there is none.</param>
/// <param name="Steps">Every step, the first recorded first.</param>
/// <param name="NextStates">The states a next step may move it to (see <see cref="VerificationStep.CanFollow"/>).</param>
public sealed record VerificationHistory(
    VerificationSubject Subject, VerificationState State, IReadOnlyList<VerificationStepView> Steps, IReadOnlyList<VerificationState> NextStates)
{
    internal static VerificationHistory Of(VerificationSubject subject, IEnumerable<VerificationStep> steps)
    {
        var ordered = steps.OrderBy(s => s.RecordedAt).ThenBy(s => s.Id).ToList();
        var state = VerificationStep.StateAfter(ordered);
        return new VerificationHistory(
            subject,
            state,
            [.. ordered.Select(VerificationStepView.From)],
            [.. Enum.GetValues<VerificationState>().Where(next => VerificationStep.CanFollow(state, next))]);
    }
}
