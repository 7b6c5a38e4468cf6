using Whereabouts.Domain;

namespace Whereabouts.Application.Verification;

/// <summary>Where the evidence of a source stands: the source's own verification state, and the caution it calls for.</summary>
/// <param name="State">The source's own state of verification (its files' states are in <paramref name="Caution"/>).</param>
/// <param name="Caution">Why an assertion resting on it must be read with care, or null when nothing calls for it.</param>
public sealed record EvidenceStanding(VerificationState State, EvidenceCaution? Caution)
{
    /// <summary>A source nobody checked and that has no files: plain evidence, no caution.</summary>
    public static EvidenceStanding Plain { get; } = new(VerificationState.Unverified, null);

    /// <summary>True when the source or a file of it was shown false: an assertion resting on it alone is flagged for review.</summary>
    public bool IsShownFalse => Caution == EvidenceCaution.ShownFalse;
}
