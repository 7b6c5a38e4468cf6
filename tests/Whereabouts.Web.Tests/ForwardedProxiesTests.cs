using Microsoft.AspNetCore.Http;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests;

/// <summary>
/// Forwarded headers are believed only from the configured proxies: a request that a configured
/// proxy says came over HTTPS is HTTPS to the app (it gets HSTS), the same claim from anyone else
/// changes nothing.
/// </summary>
public sealed class ForwardedProxiesTests : IAsyncLifetime
{
    private const string Proxy = "192.0.2.10";

    private readonly WebApp _app = WebApp.With(new Dictionary<string, string>
    {
        ["environment"] = "Production",
        ["Whereabouts:Proxies:KnownProxies:0"] = Proxy,
    });

    public async ValueTask InitializeAsync() => await _app.InitializeAsync();

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Get_ForwardedHttpsFromTheConfiguredProxy_IsHttps()
    {
        var response = await GetHomeAsync(Proxy);

        Assert.Equal(StatusCodes.Status200OK, response.StatusCode);
        Assert.True(response.Headers.ContainsKey("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Get_ForwardedHttpsFromAnyoneElse_StaysHttp()
    {
        var response = await GetHomeAsync("198.51.100.7");

        Assert.Equal(StatusCodes.Status200OK, response.StatusCode);
        Assert.False(response.Headers.ContainsKey("Strict-Transport-Security"));
    }

    // HSTS is sent only over HTTPS and never to localhost: the proxy passes on a registry's own name.
    private Task<HttpResponse> GetHomeAsync(string peer) => _app.SendThroughProxyAsync(peer, HttpMethods.Get, "/");
}
