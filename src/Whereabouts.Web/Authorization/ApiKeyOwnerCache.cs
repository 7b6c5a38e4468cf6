using Microsoft.Extensions.Caching.Memory;
using Whereabouts.Application.Accounts;
using Whereabouts.Application.Common;

namespace Whereabouts.Web.Authorization;

/// <summary>
/// Remembers for a short while who an API key belongs to. Checking a key costs three queries
/// (the key, its account, the account's roles) and a client sends the same key with every call,
/// so without this the check was a large share of every API request and dossier page.
/// </summary>
/// <remarks>
/// A key revoked, or an account disabled or changed, in this process is forgotten at once
/// (<see cref="Forget"/>); by the CLI or another app server, within the
/// <see cref="RegistryChanges.Interval"/> of the registry's changes, which every answer is checked
/// against (docs/adr/0024); without them, within <see cref="Lifetime"/>. Unknown keys are not remembered, so a key just created works at once.
/// Keys are held by their SHA-256, as the database stores it, never as presented.
/// </remarks>
internal sealed class ApiKeyOwnerCache(IMemoryCache cache, RegistryChanges? changes = null) : IApiKeyOwnerCache
{
    /// <summary>How long an answer is trusted.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    public async Task<ApiKeyOwner?> FindAsync(string presentedKey, Func<string, Task<ApiKeyOwner?>> lookUp)
    {
        ArgumentNullException.ThrowIfNull(lookUp);
        var cacheKey = CacheKey(AccountService.Hash(presentedKey));

        // Read before the look-up, so an answer is never stamped later than what it saw.
        var head = changes is null ? null : await changes.CurrentAsync().ConfigureAwait(false);
        if (cache.TryGetValue(cacheKey, out Known? known) && known is not null && (head is null || known.Head >= head.AccountsChanged))
        {
            return known.Owner;
        }

        var owner = await lookUp(presentedKey).ConfigureAwait(false);
        if (owner is not null)
        {
            cache.Set(cacheKey, new Known(owner, head?.Sequence ?? 0), new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = Lifetime, Size = 1 });
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

    // The owner and the audit log's head read before looking it up.
    private sealed record Known(ApiKeyOwner Owner, long Head);
}
