namespace Whereabouts.Application.Verification;

/// <summary>
/// Why an assertion's evidence must be read with care, from the verification of its source and of
/// the files attached to it (docs/adr/0029). The strongest applies.
/// </summary>
public enum EvidenceCaution
{
    /// <summary>The source is a video, and it or a file of it is not verified yet.</summary>
    UnverifiedVideo = 1,

    /// <summary>The source has files attached, and it or one of them is not verified yet.</summary>
    UnverifiedFile = 2,

    /// <summary>The source, or a file attached to it, was checked and found disputed.</summary>
    Disputed = 3,

    /// <summary>The source, or a file attached to it, was shown to be false.</summary>
    ShownFalse = 4,
}
