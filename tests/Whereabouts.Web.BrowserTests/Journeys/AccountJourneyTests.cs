using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Whereabouts.Application.Accounts;
using Whereabouts.Testing;
using Whereabouts.Web.BrowserTests.Support;

namespace Whereabouts.Web.BrowserTests.Journeys;

/// <summary>
/// Accounts in a real browser: an administrator creates an account, its new user signs in,
/// changes the password, turns on two-factor sign-in with an authenticator app (the code computed
/// here from the shared key, as the app would), signs out, and signs in again with a code. The
/// accounts are invented.
/// </summary>
public sealed class AccountJourneyTests(WhereaboutsServer server, BrowserSession browser) : IClassFixture<WhereaboutsServer>
{
    private const string NewUser = "invented-caseworker";
    private const string NewPassword = "Invented-Journey-Pass-7";

    [Fact]
    public async Task Administrator_CreatesAnAccount_UserChangesPasswordTurnsOnTwoFactorAndSignsInWithACode()
    {
        var admin = await CreateAdministratorAsync();
        await using var browserPage = await browser.NewPageAsync(server.BaseAddress);
        var page = browserPage.Page;

        await SignInAsync(page, admin.UserName, admin.Password);
        await page.WaitForURLAsync("**/Dashboard");
        await page.GotoAsync("/Administration/Accounts");
        await page.Locator("#create-account").ClickAsync();
        await page.Locator("#UserName").FillAsync(NewUser);
        await page.Locator("input[name=SelectedRoles][value=Caseworker]").CheckAsync();
        await BrowserSession.SaveScreenshotAsync(page, "accounts-1-create-form");
        await page.Locator("#create-form button[type=submit]").ClickAsync();
        var password = (await page.Locator("#created-password").InnerTextAsync()).Trim();
        await BrowserSession.SaveScreenshotAsync(page, "accounts-2-created-password-shown-once");
        await SignOutAsync(page);

        await SignInAsync(page, NewUser, password);
        await page.WaitForURLAsync("**/Dashboard");
        await page.Locator("header a.who").ClickAsync();
        await page.WaitForURLAsync("**/Account/Manage");
        await page.Locator("#CurrentPassword").FillAsync(password);
        await page.Locator("#NewPassword").FillAsync(NewPassword);
        await page.Locator("#ConfirmPassword").FillAsync(NewPassword);
        await page.Locator("#password-form button[type=submit]").ClickAsync();
        Assert.True(await page.Locator("#password-changed").IsVisibleAsync(), "The page should say the password was changed.");

        await page.GotoAsync("/Account/Manage/TwoFactor");
        var key = (await page.Locator("#shared-key").InnerTextAsync()).Trim();
        await BrowserSession.SaveScreenshotAsync(page, "accounts-3-two-factor-setup");
        await page.Locator("#Code").FillAsync(Totp.Code(key, DateTimeOffset.UtcNow));
        await page.Locator("#enable-form button[type=submit]").ClickAsync();
        Assert.Equal(OwnAccount.RecoveryCodeCount, await page.Locator("#recovery-codes li").CountAsync());
        await BrowserSession.SaveScreenshotAsync(page, "accounts-4-recovery-codes");
        await SignOutAsync(page);

        await SignInAsync(page, NewUser, NewPassword);
        await page.WaitForURLAsync("**/Account/LoginWithTwoFactor**");
        await BrowserSession.SaveScreenshotAsync(page, "accounts-5-asks-for-the-code");
        await page.Locator("#Code").FillAsync(Totp.Code(key, DateTimeOffset.UtcNow));
        await page.Locator("main form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**/Dashboard");
        Assert.Equal(NewUser, (await page.Locator("header a.who").InnerTextAsync()).Trim());
    }

    private static async Task SignInAsync(IPage page, string userName, string password)
    {
        await page.GotoAsync("/Account/Login");
        await page.Locator("#UserName").FillAsync(userName);
        await page.Locator("#Password").FillAsync(password);
        await page.Locator("main form button[type=submit]").ClickAsync();
    }

    private static async Task SignOutAsync(IPage page)
    {
        await page.Locator("header form.inline button").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Account/", StringComparison.Ordinal) && !url.Contains("/Administration/", StringComparison.Ordinal));
    }

    private async Task<CreatedAccount> CreateAdministratorAsync()
    {
        await using var scope = server.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        return await accounts.CreateAsync("invented-admin", Roles.Administrator, withApiKey: false, TestContext.Current.CancellationToken);
    }
}
