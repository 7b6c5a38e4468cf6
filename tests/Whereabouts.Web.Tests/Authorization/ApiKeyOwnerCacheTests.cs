using Microsoft.Extensions.Caching.Memory;
using Whereabouts.Application.Accounts;
using Whereabouts.Web.Authorization;

namespace Whereabouts.Web.Tests.Authorization;

public sealed class ApiKeyOwnerCacheTests : IDisposable
{
    private readonly MemoryCache _memory = new(new MemoryCacheOptions { SizeLimit = 100 });

    public void Dispose() => _memory.Dispose();

    [Fact]
    public async Task FindAsync_SameKeyTwice_LooksItUpOnce()
    {
        var cache = new ApiKeyOwnerCache(_memory);
        var lookups = 0;
        var owner = new ApiKeyOwner("u1", "viewer", ["Viewer"]);

        var first = await cache.FindAsync("wbk_one", _ => { lookups++; return Task.FromResult<ApiKeyOwner?>(owner); });
        var second = await cache.FindAsync("wbk_one", _ => { lookups++; return Task.FromResult<ApiKeyOwner?>(owner); });

        Assert.Same(owner, first);
        Assert.Same(owner, second);
        Assert.Equal(1, lookups);
    }

    [Fact]
    public async Task FindAsync_UnknownKey_IsAskedAgainNextTime()
    {
        var cache = new ApiKeyOwnerCache(_memory);
        var lookups = 0;

        await cache.FindAsync("wbk_new", _ => { lookups++; return Task.FromResult<ApiKeyOwner?>(null); });
        var owner = new ApiKeyOwner("u2", "analyst", ["Analyst"]);
        var later = await cache.FindAsync("wbk_new", _ => { lookups++; return Task.FromResult<ApiKeyOwner?>(owner); });

        Assert.Same(owner, later);
        Assert.Equal(2, lookups);
    }

    [Fact]
    public async Task FindAsync_DifferentKeys_AreNotConfused()
    {
        var cache = new ApiKeyOwnerCache(_memory);
        var viewer = new ApiKeyOwner("u1", "viewer", ["Viewer"]);
        var admin = new ApiKeyOwner("u3", "admin", ["Administrator"]);

        await cache.FindAsync("wbk_viewer", _ => Task.FromResult<ApiKeyOwner?>(viewer));
        var found = await cache.FindAsync("wbk_admin", _ => Task.FromResult<ApiKeyOwner?>(admin));

        Assert.Same(admin, found);
    }

    [Fact]
    public async Task Forget_AKnownKey_IsLookedUpAgain()
    {
        var cache = new ApiKeyOwnerCache(_memory);
        var lookups = 0;
        var owner = new ApiKeyOwner("u4", "counsel", ["Counsel"]);
        await cache.FindAsync("wbk_forget", _ => { lookups++; return Task.FromResult<ApiKeyOwner?>(owner); });

        cache.Forget([AccountService.Hash("wbk_forget")]);
        var after = await cache.FindAsync("wbk_forget", _ => { lookups++; return Task.FromResult<ApiKeyOwner?>(null); });

        Assert.Null(after);
        Assert.Equal(2, lookups);
    }
}
