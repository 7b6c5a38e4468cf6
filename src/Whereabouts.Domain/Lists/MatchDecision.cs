namespace Whereabouts.Domain;

/// <summary>Where a proposed match between a list entry and a registry person stands.</summary>
public enum MatchDecision
{
    /// <summary>Nobody has judged it: it waits in the review queue.</summary>
    Pending = 0,

    /// <summary>The entry is this person.</summary>
    Same = 1,

    /// <summary>The entry is not this person.</summary>
    NotSame = 2,

    /// <summary>A reviewer looked and could not tell; it stays in the queue for someone who can.</summary>
    Unsure = 3,
}
