using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Whereabouts.Application.Accounts;
using Whereabouts.Web.BrowserTests.Support;

namespace Whereabouts.Web.BrowserTests.Pages;

/// <summary>
/// The map with JavaScript: Leaflet (from npm, served by the app) replaces the server-drawn SVG,
/// draws the boundaries, places and numbered incidents without a tile server, and zooms.
/// </summary>
public sealed class MapPageTests(WhereaboutsServer server, BrowserSession browser) : IClassFixture<WhereaboutsServer>
{
    [Fact]
    public async Task Open_WithJavaScript_ShowsAZoomableMapInsteadOfTheServerDrawnOne()
    {
        await using var browserPage = await browser.NewPageAsync(server.BaseAddress);
        var page = browserPage.Page;
        await SignInAsync(page);

        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);

        await page.GotoAsync("/Reports/Map");
        try
        {
            await page.Locator("#map-interactive .map-incident").First.WaitForAsync(new() { Timeout = 15_000 });
        }
        catch (TimeoutException)
        {
            Assert.Fail("The interactive map did not appear. Script errors: " + string.Join(" | ", errors));
        }

        Assert.Empty(errors);

        Assert.False(await page.Locator("#map-static").IsVisibleAsync(), "The server-drawn map should give way to the interactive one.");
        Assert.True(await page.Locator("#map-interactive path.country").CountAsync() > 1, "The country boundaries should be drawn.");
        Assert.True(await page.Locator("#map-interactive .map-label").CountAsync() > 1, "The places should be labelled.");
        const string WidestCountry = "() => Math.max(...[...document.querySelectorAll('#map-interactive path.country')].map(p => p.getBoundingClientRect().width))";
        var before = await page.EvaluateAsync<double>(WidestCountry);

        await page.Locator(".leaflet-control-zoom-in").ClickAsync();
        await page.WaitForTimeoutAsync(600);

        var after = await page.EvaluateAsync<double>(WidestCountry);
        Assert.True(after > before * 1.3, $"Zooming in should enlarge the countries ({before} → {after} px wide).");
        await BrowserSession.SaveScreenshotAsync(page, "map-zoomed");
    }

    [Fact]
    public async Task OpenDay_13And14December2020_DrawsHinTagherAndKhtsabertUnderDifferentControl()
    {
        await using var browserPage = await browser.NewPageAsync(server.BaseAddress);
        var page = browserPage.Page;
        await SignInAsync(page, "viewer-control-browser");

        // The map of a day stays server-drawn (it carries the control), with or without script.
        await page.GotoAsync("/Reports/Map");
        await page.Locator("#day").FillAsync("2020-12-13");
        await page.Locator("#control-day-form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**/Reports/Map?day=2020-12-13");
        Assert.True(await page.Locator("#map-static").IsVisibleAsync(), "The map of a day should be the server-drawn one.");
        Assert.Equal(2, await page.Locator("#map-static g.control-place circle.control-patrolled").CountAsync());
        Assert.Equal(0, await page.Locator("#map-static g.control-place circle.control-controlled").CountAsync());
        Assert.Contains("Patrolled by", await page.Locator("#control-legend").TextContentAsync(), StringComparison.Ordinal);
        await page.Locator("#map-static").ScreenshotAsync(new() { Path = "/tmp/whereabouts-control-2020-12-13.png" });

        await page.GotoAsync("/Reports/Map?day=2020-12-14");
        Assert.Equal(0, await page.Locator("#map-static g.control-place circle.control-patrolled").CountAsync());
        Assert.Equal(2, await page.Locator("#map-static g.control-place circle.control-controlled").CountAsync());
        Assert.Contains("Controlled by Azerbaijan", await page.Locator("#control-legend").TextContentAsync(), StringComparison.Ordinal);
        await page.Locator("#map-static").ScreenshotAsync(new() { Path = "/tmp/whereabouts-control-2020-12-14.png" });
        await BrowserSession.SaveScreenshotAsync(page, "map-control-2020-12-14");
    }

    private async Task SignInAsync(IPage page, string userName = "viewer-map-browser")
    {
        CreatedAccount account;
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
            account = await accounts.CreateAsync(userName, Roles.Viewer, withApiKey: false, TestContext.Current.CancellationToken);
        }

        await page.GotoAsync("/Account/Login");
        await page.Locator("#UserName").FillAsync(account.UserName);
        await page.Locator("#Password").FillAsync(account.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/Dashboard");
    }
}
