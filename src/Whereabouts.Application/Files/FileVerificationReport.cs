namespace Whereabouts.Application.Files;

/// <summary>What a check of every kept file against its hash found.</summary>
/// <param name="Checked">How many files the registry records.</param>
/// <param name="Missing">The hashes of recorded files whose bytes are not in the store.</param>
/// <param name="Altered">The hashes of recorded files whose bytes no longer have their hash.</param>
/// <param name="Orphans">The hashes of bytes in the store that no record names (an upload whose save failed, or a store shared with another registry).</param>
public sealed record FileVerificationReport(long Checked, IReadOnlyList<string> Missing, IReadOnlyList<string> Altered, IReadOnlyList<string> Orphans)
{
    /// <summary>Whether every recorded file is there with its bytes unchanged (orphans do not count against it).</summary>
    public bool IsIntact => Missing.Count == 0 && Altered.Count == 0;
}
