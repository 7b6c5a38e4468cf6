namespace Whereabouts.Domain;

/// <summary>
/// How reliable a source has been, on the Admiralty scale (A to F). It grades the source, not any
/// single piece of information from it (that is <see cref="Credibility"/>).
/// </summary>
public enum Reliability
{
    /// <summary>A — completely reliable: a history of complete reliability.</summary>
    A = 1,

    /// <summary>B — usually reliable: minor doubts.</summary>
    B = 2,

    /// <summary>C — fairly reliable: doubts, but has given valid information before.</summary>
    C = 3,

    /// <summary>D — not usually reliable: significant doubts.</summary>
    D = 4,

    /// <summary>E — unreliable: a history of invalid information.</summary>
    E = 5,

    /// <summary>F — reliability cannot be judged (a new or anonymous source).</summary>
    F = 6,
}
