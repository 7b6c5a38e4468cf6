namespace Whereabouts.Application.Accounts;

/// <summary>
/// A host's memory of who API keys belong to. Account changes tell it which keys to forget, so a
/// key revoked, or an account disabled or changed, stops answering as before at once in the
/// process that made the change (other processes forget within their own cache time).
/// </summary>
public interface IApiKeyOwnerCache
{
    /// <summary>Forgets the owners of the keys with these SHA-256 hashes (lower-case hex, as stored).</summary>
    void Forget(IEnumerable<string> keyHashes);
}
