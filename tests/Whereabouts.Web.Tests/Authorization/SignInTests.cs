using System.Net;
using Microsoft.Extensions.DependencyInjection;
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
    public async Task Login_FiveWrongPasswords_RefusesTheRightPasswordWithTheSameMessageAsAWrongOne()
    {
        var account = await app.CreateAccountAsync(Roles.Caseworker, withApiKey: false);
        using var client = app.Anonymous();
        string? wrongMessage = null;
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var wrong = await SignInAsync(client, account.UserName, "not-the-password-" + attempt);
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            wrongMessage = await RefusalAsync(wrong);
        }

        using var right = await SignInAsync(client, account.UserName, account.Password);

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Equal(wrongMessage, await RefusalAsync(right));
    }

    [Fact]
    public async Task Login_UnknownAccount_SameMessageAsAWrongPassword()
    {
        var account = await app.CreateAccountAsync(Roles.Viewer, withApiKey: false);
        using var client = app.Anonymous();

        using var unknown = await SignInAsync(client, "nobody-" + Guid.NewGuid().ToString("N")[..8], "whatever-it-is");
        using var wrong = await SignInAsync(client, account.UserName, "not-the-password");

        Assert.Equal(await RefusalAsync(wrong), await RefusalAsync(unknown));
        Assert.False(string.IsNullOrEmpty(await RefusalAsync(unknown)));
    }

    [Fact]
    public async Task Login_DisabledAccount_IsRefusedWithTheSameMessage()
    {
        var account = await app.CreateAccountAsync(Roles.Viewer, withApiKey: false);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AccountAdministration>().DisableAsync(account.UserName, TestContext.Current.CancellationToken);
        }

        using var client = app.Anonymous();
        using var right = await SignInAsync(client, account.UserName, account.Password);
        using var wrong = await SignInAsync(client, account.UserName, "not-the-password");

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Equal(await RefusalAsync(wrong), await RefusalAsync(right));
    }

    [Fact]
    public async Task Login_LockedOutSignIn_LeavesTheAccountsApiKeyWorking()
    {
        var account = await app.CreateAccountAsync(Roles.Analyst, withApiKey: true);
        using var browser = app.Anonymous();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var wrong = await SignInAsync(browser, account.UserName, "not-the-password-" + attempt);
        }

        using var api = app.Anonymous();
        api.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", account.ApiKey);
        using var response = await api.GetAsync(new Uri("/api/v1/persons", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Login_SuccessfulSignIn_IsRecordedAsTheLastSignIn()
    {
        using var browser = await app.BrowserAsync(Roles.Counsel);
        await using var scope = app.Services.CreateAsyncScope();

        var accounts = await scope.ServiceProvider.GetRequiredService<AccountDirectory>().ListAsync(TestContext.Current.CancellationToken);

        Assert.Contains(accounts, a => a.Roles.Contains(Roles.Counsel) && a.LastSignInAt is not null);
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

    private static Task<HttpResponseMessage> SignInAsync(HttpClient client, string userName, string password) =>
        WebApp.PostFormAsync(client, "/Account/Login", new Dictionary<string, string> { ["UserName"] = userName, ["Password"] = password });

    private static async Task<string?> RefusalAsync(HttpResponseMessage response) =>
        (await WebApp.ParseAsync(response)).QuerySelector(".validation-summary")?.TextContent.Trim();

    [Fact]
    public async Task Api_WithAnUnknownKey_Is401()
    {
        using var client = app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", AccountService.ApiKeyPrefix + "made-up");

        using var response = await client.GetAsync(new Uri("/api/v1/persons", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
