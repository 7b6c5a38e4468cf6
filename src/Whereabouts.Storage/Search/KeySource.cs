namespace Whereabouts.Storage.Search;

/// <summary>Which rows a search's streams are read from (<see cref="PersonSearchSql"/>).</summary>
public enum KeySource
{
    /// <summary>One row per key of a record (<see cref="PersonNameKey"/>).</summary>
    Keys,

    /// <summary>One row per pair of keys of an identity (<see cref="PersonNamePair"/>): two words at once.</summary>
    Pairs,
}
