namespace Whereabouts.Domain;

/// <summary>Where a tracing request stands in the office's work.</summary>
/// <remarks>
/// Open → searching → answered → closed. An answered request goes back to searching when the
/// evidence changes and the family must be answered again; a closed request can be reopened.
/// </remarks>
public enum TracingRequestStatus
{
    /// <summary>Registered, not yet worked on (a request from the public form waits here for a caseworker).</summary>
    Open = 0,

    /// <summary>A caseworker is looking for the person.</summary>
    Searching = 1,

    /// <summary>The family has been told what the registry knows (a family notification linked to the request).</summary>
    Answered = 2,

    /// <summary>No further work is expected; a reason is always recorded.</summary>
    Closed = 3,
}
