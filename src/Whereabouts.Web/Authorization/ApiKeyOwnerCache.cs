using Microsoft.Extensions.Caching.Memory;
using Whereabouts.Application.Accounts;

namespace Whereabouts.Web.Authorization;

/// <summary>
/// Remembers for a short while who an API key belongs to. Checking a key costs three queries
/// (the key, its account, the account's roles) and a client sends the same key with every call,
/// so without this the check was a large share of every API request and dossier page.
/// </summary>
/// <remarks>
/// A key revoked, or an account disabled or changed, in this process is forgotten at once
/// (<see cref="Forget"/>); by the CLI or another process, it stops working within
/// <see cref="Lifetime"/>. Unknown keys are not remembered, so a key just created works at once.
/// Keys are held by their SHA-256, as the database stores it, never as presented.
/// </remarks>
internal sealed class ApiKeyOwnerCache(IMemoryCache cache) : IApiKeyOwnerCache
{
    /// <summary>How long an answer is trusted.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    public async Task<ApiKeyOwner?> FindAsync(string presentedKey, Func<string, Task<ApiKeyOwner?>> lookUp)
    {
        ArgumentNullException.ThrowIfNull(lookUp);
        var cacheKey = CacheKey(AccountService.Hash(presentedKey));
        if (cache.TryGetValue(cacheKey, out ApiKeyOwner? known))
        {
            return known;
        }

        var owner = await lookUp(presentedKey).ConfigureAwait(false);
        if (owner is not null)
        {
            cache.Set(cacheKey, owner, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = Lifetime, Size = 1 });
        }

        return owner;
    }

    public void Forget(IEnumerable<string> keyHashes)
    {
        ArgumentNullException.ThrowIfNull(keyHashes);
        foreach (var hash in keyHashes)
        {
            cache.Remove(CacheKey(hash));
        }
    }

    private static string CacheKey(string keyHash) => "api-key:" + keyHash;
}
