using System.Net;
using Whereabouts.Application.Accounts;
using Whereabouts.Testing;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Pages.Account.Manage;

public sealed class TwoFactorPageTests(WebApp app) : IClassFixture<WebApp>
{
    [Fact]
    public async Task Enable_CodeFromTheSharedKey_ShowsTenRecoveryCodesAndSignInThenAsksForACode()
    {
        var account = await app.CreateAccountAsync(Roles.Viewer, withApiKey: false);
        using var browser = await SignedInAsync(account);
        var setup = await WebApp.GetDocumentAsync(browser, "/Account/Manage/TwoFactor");
        var key = setup.QuerySelector("#shared-key")!.TextContent;
        Assert.StartsWith("otpauth://totp/Whereabouts:", setup.QuerySelector("#authenticator-uri")?.TextContent, StringComparison.Ordinal);

        using var enabled = await WebApp.PostFormAsync(browser, "/Account/Manage/TwoFactor", new Dictionary<string, string> { ["Code"] = Totp.Code(key, DateTimeOffset.UtcNow) }, "#enable-form");
        var codes = (await WebApp.ParseAsync(enabled)).QuerySelectorAll("#recovery-codes li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(10, codes.Count);

        using var fresh = Client();
        using var password = await WebApp.PostFormAsync(fresh, "/Account/Login", new Dictionary<string, string> { ["UserName"] = account.UserName, ["Password"] = account.Password });
        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        Assert.Contains("/Account/LoginWithTwoFactor", password.Headers.Location?.OriginalString, StringComparison.Ordinal);
        using var dashboardTooEarly = await fresh.GetAsync(new Uri("/Dashboard", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, dashboardTooEarly.StatusCode);

        using var wrong = await WebApp.PostFormAsync(fresh, "/Account/LoginWithTwoFactor", new Dictionary<string, string> { ["Code"] = "123456" == Totp.Code(key, DateTimeOffset.UtcNow) ? "654321" : "123456" });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        using var recovery = await WebApp.PostFormAsync(fresh, "/Account/LoginWithTwoFactor", new Dictionary<string, string> { ["Code"] = codes[0] });
        Assert.Equal(HttpStatusCode.Redirect, recovery.StatusCode);
        using var dashboard = await fresh.GetAsync(new Uri("/Dashboard", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
    }

    [Fact]
    public async Task Enable_WrongCode_NamesTheCodeFieldAndStaysOff()
    {
        var account = await app.CreateAccountAsync(Roles.Viewer, withApiKey: false);
        using var browser = await SignedInAsync(account);

        using var response = await WebApp.PostFormAsync(browser, "/Account/Manage/TwoFactor", new Dictionary<string, string> { ["Code"] = "12" }, "#enable-form");
        var page = await WebApp.ParseAsync(response);

        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("[data-valmsg-for='Code']")?.TextContent));
        Assert.NotNull(page.QuerySelector("#shared-key"));
        Assert.Empty(page.QuerySelectorAll("#recovery-codes li"));
    }

    [Fact]
    public async Task LoginWithTwoFactor_WithoutThePasswordStep_AsksForThePasswordFirst()
    {
        using var client = Client();

        var page = await WebApp.GetDocumentAsync(client, "/Account/LoginWithTwoFactor");

        Assert.NotNull(page.QuerySelector("#password-first"));
    }

    private HttpClient Client() => app.Browser();

    private async Task<HttpClient> SignedInAsync(CreatedAccount account)
    {
        var client = app.Browser();
        using var response = await WebApp.PostFormAsync(client, "/Account/Login", new Dictionary<string, string> { ["UserName"] = account.UserName, ["Password"] = account.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }
}
