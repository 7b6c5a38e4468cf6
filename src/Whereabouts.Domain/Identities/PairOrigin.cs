namespace Whereabouts.Domain;

/// <summary>How two registry records came to be put side by side as perhaps one person.</summary>
public enum PairOrigin
{
    /// <summary>A caseworker judged them from a dossier ("same person as…").</summary>
    Caseworker = 0,

    /// <summary>The linkage engine found them when the registry was searched for duplicates.</summary>
    DuplicateSearch = 1,

    /// <summary>The engine found an existing record when a new person was being registered.</summary>
    Registration = 2,
}
