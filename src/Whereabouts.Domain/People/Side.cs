namespace Whereabouts.Domain;

/// <summary>
/// The party to the conflict a person belongs to (for a soldier, the force they served in; for a
/// civilian, the community they belong to). It decides which "still held" list a person is on.
/// </summary>
/// <remarks>The members name the parties of the conflict the registry was first built for; a
/// registry for another conflict adds its own (see docs/adr).</remarks>
public enum Side
{
    /// <summary>Not known or not recorded.</summary>
    Unknown,

    /// <summary>Armenia and the Armenians of Nagorno-Karabakh.</summary>
    Armenian,

    /// <summary>Azerbaijan.</summary>
    Azerbaijani,
}
