namespace Whereabouts.Domain;

/// <summary>
/// How far an item of evidence (a file or a whole source) has been checked. Every item starts
/// <see cref="Unverified"/>; a review decides it; a decided item can be reviewed again when new
/// information arrives (see <see cref="VerificationStep.CanFollow"/>).
/// </summary>
public enum VerificationState
{
    /// <summary>No one has checked it yet: what it shows is what it claims to show, nothing more.</summary>
    Unverified = 0,

    /// <summary>Someone is checking it.</summary>
    UnderReview = 1,

    /// <summary>Checked and found genuine: the place, the day and the people are what it claims.</summary>
    Verified = 2,

    /// <summary>Checked, and the checkers disagree or part of it could not be confirmed.</summary>
    Disputed = 3,

    /// <summary>Checked and shown to be false: staged, from another place or time, or of other people.</summary>
    ShownFalse = 4,
}
