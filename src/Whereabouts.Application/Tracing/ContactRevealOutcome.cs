namespace Whereabouts.Application.Tracing;

/// <summary>What asking to see a request's contact gave.</summary>
public enum ContactRevealOutcome
{
    /// <summary>The contact is shown; the showing is recorded.</summary>
    Shown = 0,

    /// <summary>No contact is on file (none was given, or it was erased).</summary>
    NoContact = 1,

    /// <summary>A contact is on file but the key it was encrypted with is gone (the key folder was lost or replaced); the attempt is recorded.</summary>
    KeyGone = 2,
}
