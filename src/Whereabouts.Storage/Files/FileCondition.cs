namespace Whereabouts.Storage.Files;

/// <summary>What a check of a kept file found.</summary>
public enum FileCondition
{
    /// <summary>The bytes are there and still have the hash they are named by.</summary>
    Intact,

    /// <summary>No bytes are kept under the hash.</summary>
    Missing,

    /// <summary>Bytes are kept under the hash, but they no longer have it: changed on disk.</summary>
    Altered,
}
