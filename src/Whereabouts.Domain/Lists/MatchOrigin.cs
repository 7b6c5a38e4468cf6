namespace Whereabouts.Domain;

/// <summary>How a proposed match came about when its list was imported.</summary>
public enum MatchOrigin
{
    /// <summary>The linkage engine was sure enough to link it, and recorded that judgement.</summary>
    Linked = 0,

    /// <summary>The engine found it likely but not sure: it was put to a reviewer.</summary>
    ForReview = 1,

    /// <summary>Nobody in the registry matched the entry, so it was registered as a new person.</summary>
    NewPerson = 2,
}
