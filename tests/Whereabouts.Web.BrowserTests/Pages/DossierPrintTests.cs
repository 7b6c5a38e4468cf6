using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Whereabouts.Application.Accounts;
using Whereabouts.Application.Demo;
using Whereabouts.Web.BrowserTests.Support;

namespace Whereabouts.Web.BrowserTests.Pages;

/// <summary>
/// A dossier printed for a court file: in print media the application around the record (navigation,
/// forms, buttons) is gone, and a header says whose dossier it is, when it was printed and that it is
/// confidential. The PDF and a screenshot of the print layout are saved to be looked at.
/// </summary>
public sealed class DossierPrintTests(WhereaboutsServer server, BrowserSession browser) : IClassFixture<WhereaboutsServer>
{
    [Fact]
    public async Task Print_ContestedDossier_ShowsTheRecordWithAConfidentialHeaderAndNoApplicationControls()
    {
        var person = DemoCatalog.Build().People.First(p => p.Id == DemoIds.For("person/hin-tagher/58"));
        await using var browserPage = await browser.NewPageAsync(server.BaseAddress);
        var page = browserPage.Page;
        await SignInAsync(page);
        await page.GotoAsync($"/People/{person.Id}");

        // On screen: the Print button (shown by the script) and no print header.
        Assert.True(await page.Locator("#print-dossier").IsVisibleAsync(), "The Print button should be shown on screen.");
        Assert.False(await page.Locator("#print-header").IsVisibleAsync());

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        Assert.True(await page.Locator("#print-header").IsVisibleAsync(), "The print header should be printed.");
        var header = await page.Locator("#print-header").InnerTextAsync();
        Assert.Contains("Confidential — contains personal data", header, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(person.PrimaryName.GivenName!, header, StringComparison.Ordinal);
        Assert.Contains("printed on", header, StringComparison.Ordinal);
        Assert.False(await page.Locator("header nav").IsVisibleAsync(), "The navigation should not be printed.");
        Assert.False(await page.Locator("#print-dossier").IsVisibleAsync(), "The Print button should not be printed.");
        Assert.False(await page.Locator("footer").IsVisibleAsync(), "The footer should not be printed.");
        Assert.False(await page.Locator("#notification-form").IsVisibleAsync(), "The notification form's summary line should not be printed.");
        foreach (var form in await page.Locator("form").AllAsync())
        {
            Assert.False(await form.IsVisibleAsync(), "No form should be printed.");
        }

        Assert.True(await page.Locator("#timeline").IsVisibleAsync(), "The fate history is the heart of the dossier.");
        Assert.False(await page.Locator("#history-section").IsVisibleAsync(), "The history of changes should not be printed.");
        var citation = await page.Locator("#timeline a[href^='/Sources/']").First.EvaluateAsync<string>("a => getComputedStyle(a, '::after').content");
        Assert.Contains("/Sources/", citation, StringComparison.Ordinal);

        await BrowserSession.SaveScreenshotAsync(page, "dossier-print");
        Directory.CreateDirectory(BrowserSession.ScreenshotFolder);
        var pdf = Path.Combine(BrowserSession.ScreenshotFolder, "dossier-print.pdf");
        var bytes = await page.PdfAsync(new() { Path = pdf, Format = "A4", PrintBackground = false });
        Assert.True(bytes.Length > 1000, "The PDF should not be empty.");
        Assert.Equal("%PDF"u8.ToArray(), bytes[..4]);
    }

    private async Task SignInAsync(IPage page)
    {
        CreatedAccount account;
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
            account = await accounts.CreateAsync("counsel-print", Roles.Counsel, withApiKey: false, TestContext.Current.CancellationToken);
        }

        await page.GotoAsync("/Account/Login");
        await page.Locator("#UserName").FillAsync(account.UserName);
        await page.Locator("#Password").FillAsync(account.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/Dashboard");
    }
}
