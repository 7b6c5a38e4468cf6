using System.Net;
using Whereabouts.Application.Accounts;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Pages.Account.Manage;

public sealed class IndexPageTests(WebApp app) : IClassFixture<WebApp>
{
    [Fact]
    public async Task Post_RightCurrentPassword_ChangesItAndKeepsTheBrowserSignedIn()
    {
        var account = await app.CreateAccountAsync(Roles.Caseworker, withApiKey: false);
        using var browser = app.Browser();
        using var signIn = await WebApp.PostFormAsync(browser, "/Account/Login", new Dictionary<string, string> { ["UserName"] = account.UserName, ["Password"] = account.Password });

        using var response = await WebApp.PostFormAsync(browser, "/Account/Manage", new Dictionary<string, string>
        {
            ["CurrentPassword"] = account.Password,
            ["NewPassword"] = "Invented-New-Pass-1",
            ["ConfirmPassword"] = "Invented-New-Pass-1",
        });
        var page = await WebApp.ParseAsync(response);

        Assert.NotNull(page.QuerySelector("#password-changed"));
        using var dashboard = await browser.GetAsync(new Uri("/Dashboard", UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        using var again = app.Browser();
        using var withNew = await WebApp.PostFormAsync(again, "/Account/Login", new Dictionary<string, string> { ["UserName"] = account.UserName, ["Password"] = "Invented-New-Pass-1" });
        Assert.Equal(HttpStatusCode.Redirect, withNew.StatusCode);
    }

    [Fact]
    public async Task Post_WrongCurrentAndShortNew_NamesEachField()
    {
        using var browser = await app.BrowserAsync(Roles.Viewer);

        using var response = await WebApp.PostFormAsync(browser, "/Account/Manage", new Dictionary<string, string>
        {
            ["CurrentPassword"] = "not-my-password",
            ["NewPassword"] = "short",
            ["ConfirmPassword"] = "short",
        });
        var page = await WebApp.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("[data-valmsg-for='CurrentPassword']")?.TextContent));
        Assert.Null(page.QuerySelector("#password-changed"));
    }

    [Fact]
    public async Task Post_NewPasswordBreakingTheRulesInRussian_SaysWhichRulesInRussian()
    {
        var account = await app.CreateAccountAsync(Roles.Caseworker, withApiKey: false);
        using var browser = app.Browser();
        using var signIn = await WebApp.PostFormAsync(browser, "/Account/Login", new Dictionary<string, string> { ["UserName"] = account.UserName, ["Password"] = account.Password });
        browser.DefaultRequestHeaders.AcceptLanguage.Add(new("ru"));

        using var response = await WebApp.PostFormAsync(browser, "/Account/Manage", new Dictionary<string, string>
        {
            ["CurrentPassword"] = account.Password,
            ["NewPassword"] = "onlylowercaseletters",
            ["ConfirmPassword"] = "onlylowercaseletters",
        });
        var page = await WebApp.ParseAsync(response);

        Assert.Contains("Пароль должен содержать цифру (0–9).", page.QuerySelector("[data-valmsg-for='NewPassword']")?.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Passwords must", page.Body!.TextContent, StringComparison.Ordinal);
    }
}
