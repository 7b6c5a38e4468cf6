using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Whereabouts.Web;

/// <summary>
/// The reverse proxies whose <c>X-Forwarded-For</c>, <c>X-Forwarded-Proto</c> and
/// <c>X-Forwarded-Host</c> headers the app believes (docs/deployment.md): the addresses in
/// <c>Whereabouts:Proxies:KnownProxies</c> and the networks (CIDR) in
/// <c>Whereabouts:Proxies:KnownNetworks</c>. With neither configured no forwarded header is read,
/// so a client that reaches the app directly cannot claim another address or HTTPS.
/// </summary>
internal static class ForwardedProxies
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Whereabouts:Proxies";

    /// <summary>Reads the configured proxies; an address or network that does not parse stops the start, naming it.</summary>
    public static void AddForwardedProxies(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(Section);
        var proxies = section.GetSection("KnownProxies").Get<string[]>() ?? [];
        var networks = section.GetSection("KnownNetworks").Get<string[]>() ?? [];
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;

            // Only what is configured: not even loopback, which the defaults trust.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
            {
                options.KnownProxies.Add(IPAddress.TryParse(proxy, out var address)
                    ? address
                    : throw new InvalidOperationException($"{Section}:KnownProxies: '{proxy}' is not an IP address."));
            }

            foreach (var network in networks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var parsed)
                    ? parsed
                    : throw new InvalidOperationException($"{Section}:KnownNetworks: '{network}' is not a network such as 10.0.0.0/8."));
            }
        });
    }

    /// <summary>Reads the forwarded headers of requests from the configured proxies; first in the pipeline, so everything after sees the client's address and scheme.</summary>
    public static void UseForwardedProxies(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<ForwardedHeadersOptions>>().Value;
        if (options.KnownProxies.Count > 0 || options.KnownIPNetworks.Count > 0)
        {
            app.UseForwardedHeaders();
        }
    }
}
