namespace Whereabouts.Domain;

/// <summary>
/// How believable a piece of information is, on the Admiralty scale (1 to 6). It grades the
/// information, independently of the <see cref="Reliability"/> of the source that gave it.
/// </summary>
/// <remarks>Grades 1 to 3 are <em>credible</em>: they drive a person's current fate and can make it
/// contested. Grades 4 to 6 are recorded and shown but never decide anything.</remarks>
public enum Credibility
{
    /// <summary>1 — confirmed by other independent sources.</summary>
    Confirmed = 1,

    /// <summary>2 — probably true: consistent with other information, not confirmed.</summary>
    ProbablyTrue = 2,

    /// <summary>3 — possibly true: reasonably logical, agrees with some information.</summary>
    PossiblyTrue = 3,

    /// <summary>4 — doubtful: possible but not logical, nothing else supports it.</summary>
    DoubtfullyTrue = 4,

    /// <summary>5 — improbable: contradicted by other information.</summary>
    Improbable = 5,

    /// <summary>6 — truth cannot be judged (an unverified video, a lone rumour).</summary>
    CannotBeJudged = 6,
}
