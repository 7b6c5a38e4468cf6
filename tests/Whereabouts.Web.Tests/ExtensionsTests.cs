using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Http;
using Whereabouts.Application.Accounts;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests;

/// <summary>
/// The app's wiring outside Development: its session and antiforgery cookies are Secure even when
/// the request reached it over plain HTTP from the TLS proxy in front of it, so a browser never
/// sends them unencrypted.
/// </summary>
public sealed class ExtensionsTests : IAsyncLifetime
{
    private const string Proxy = "192.0.2.20";

    private readonly WebApp _app = WebApp.With(new Dictionary<string, string>
    {
        ["environment"] = "Production",
        ["Whereabouts:Proxies:KnownNetworks:0"] = "192.0.2.0/24",
    });

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => await _app.InitializeAsync();

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Login_BehindTheTlsProxyOutsideDevelopment_SetsSecureCookiesOnly()
    {
        var account = await _app.CreateAccountAsync(Roles.Viewer, withApiKey: false);

        var form = await _app.SendThroughProxyAsync(Proxy, HttpMethods.Get, "/Account/Login");
        var antiforgery = SetCookie(form, "whereabouts.af");
        string token;
        using (var reader = new StreamReader(form.Body))
        {
            var page = await new HtmlParser().ParseDocumentAsync(await reader.ReadToEndAsync(Cancel), Cancel);
            token = page.QuerySelector("main form input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        }

        var signedIn = await _app.SendThroughProxyAsync(Proxy, HttpMethods.Post, "/Account/Login", antiforgery.Split(';')[0], new Dictionary<string, string>
        {
            ["UserName"] = account.UserName,
            ["Password"] = account.Password,
            ["__RequestVerificationToken"] = token,
        });

        Assert.Equal(StatusCodes.Status302Found, signedIn.StatusCode);
        Assert.Contains("secure", SetCookie(signedIn, "whereabouts"), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("secure", antiforgery, StringComparison.OrdinalIgnoreCase);
    }

    private static string SetCookie(HttpResponse response, string name) =>
        response.Headers.SetCookie.Single(c => c!.StartsWith(name + "=", StringComparison.Ordinal))!;
}
