using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Whereabouts.Application.Accounts;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Authorization;

/// <summary>
/// A browser session ends for good: a copy of its cookie taken before signing out, before a
/// password change or before the account was disabled is refused at once afterwards.
/// </summary>
public sealed class SessionValidationTests(WebApp app) : IClassFixture<WebApp>
{
    private static readonly Uri Site = new("https://localhost");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Logout_CookieCopiedBefore_IsRefusedAfterwards()
    {
        var (browser, copy) = await SignedInWithACopyAsync(Roles.Viewer);
        using (browser)
        using (copy)
        {
            Assert.Equal(HttpStatusCode.OK, await DashboardAsync(copy));

            using var signedOut = await WebApp.PostFormAsync(browser, "/Dashboard", new Dictionary<string, string>(), "form[action='/Account/Logout']");

            Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, await DashboardAsync(copy));
        }
    }

    [Fact]
    public async Task ChangePassword_CookieCopiedBefore_IsRefusedWhileTheChangingBrowserStaysSignedIn()
    {
        var account = await app.CreateAccountAsync(Roles.Viewer, withApiKey: false);
        var (browser, copy) = await SignedInWithACopyAsync(account);
        using (browser)
        using (copy)
        {
            const string NewPassword = "Invented-new-passw0rd-for-a-test";
            using var changed = await WebApp.PostFormAsync(browser, "/Account/Manage", new Dictionary<string, string>
            {
                ["CurrentPassword"] = account.Password,
                ["NewPassword"] = NewPassword,
                ["ConfirmPassword"] = NewPassword,
            }, "#password-form");

            Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, await DashboardAsync(copy));
            Assert.Equal(HttpStatusCode.OK, await DashboardAsync(browser));
        }
    }

    [Fact]
    public async Task Disable_CookieCopiedBefore_IsRefusedAtOnce()
    {
        var account = await app.CreateAccountAsync(Roles.Viewer, withApiKey: false);
        var (browser, copy) = await SignedInWithACopyAsync(account);
        using (browser)
        using (copy)
        {
            await using (var scope = app.Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<AccountAdministration>().DisableAsync(account.UserName, Cancel);
            }

            Assert.Equal(HttpStatusCode.Redirect, await DashboardAsync(copy));
            Assert.Equal(HttpStatusCode.Redirect, await DashboardAsync(browser));
        }
    }

    [Fact]
    public async Task AnyRequest_SessionOfAnotherAccountUnchanged_GoesOn()
    {
        var (browser, copy) = await SignedInWithACopyAsync(Roles.Viewer);
        var (other, otherCopy) = await SignedInWithACopyAsync(Roles.Viewer);
        using (browser)
        using (copy)
        using (other)
        using (otherCopy)
        {
            using var signedOut = await WebApp.PostFormAsync(other, "/Dashboard", new Dictionary<string, string>(), "form[action='/Account/Logout']");

            Assert.Equal(HttpStatusCode.OK, await DashboardAsync(browser));
            Assert.Equal(HttpStatusCode.OK, await DashboardAsync(copy));
        }
    }

    private async Task<(HttpClient Browser, HttpClient Copy)> SignedInWithACopyAsync(string role) =>
        await SignedInWithACopyAsync(await app.CreateAccountAsync(role, withApiKey: false));

    private async Task<(HttpClient Browser, HttpClient Copy)> SignedInWithACopyAsync(CreatedAccount account)
    {
        var cookies = new CookieContainer();
        var browser = app.Browser(cookies);
        await WebApp.SignInAsync(browser, account);

        // What someone who read the cookie off the wire or the disk would hold.
        var copied = new CookieContainer();
        copied.Add(cookies.GetCookies(Site));
        return (browser, app.Browser(copied));
    }

    private static async Task<HttpStatusCode> DashboardAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/Dashboard", UriKind.Relative), Cancel);
        return response.StatusCode;
    }
}
