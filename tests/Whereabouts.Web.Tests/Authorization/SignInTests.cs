using System.Net;
using Whereabouts.Application.Accounts;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Authorization;

public sealed class SignInTests(WebApp app) : IClassFixture<WebApp>
{
    [Fact]
    public async Task Dashboard_SignedInThroughTheForm_IsShown()
    {
        using var browser = await app.BrowserAsync(Roles.Viewer);

        using var response = await browser.GetAsync(new Uri("/Dashboard", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Login_FiveWrongPasswords_LocksTheAccountEvenForTheRightPassword()
    {
        var account = await app.CreateAccountAsync(Roles.Caseworker, withApiKey: false);
        using var client = app.Anonymous();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var wrong = await WebApp.PostFormAsync(client, "/Account/Login", new Dictionary<string, string>
            {
                ["UserName"] = account.UserName,
                ["Password"] = "not-the-password-" + attempt,
            });
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        using var right = await WebApp.PostFormAsync(client, "/Account/Login", new Dictionary<string, string>
        {
            ["UserName"] = account.UserName,
            ["Password"] = account.Password,
        });
        var page = await WebApp.ParseAsync(right);

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("locked", page.QuerySelector(".validation-summary")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_WithoutAntiforgeryToken_IsRefused()
    {
        var account = await app.CreateAccountAsync(Roles.Viewer, withApiKey: false);
        using var client = app.Anonymous();
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["UserName"] = account.UserName, ["Password"] = account.Password });

        using var response = await client.PostAsync(new Uri("/Account/Login", UriKind.Relative), content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Api_WithAnUnknownKey_Is401()
    {
        using var client = app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", AccountService.ApiKeyPrefix + "made-up");

        using var response = await client.GetAsync(new Uri("/api/v1/persons", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
