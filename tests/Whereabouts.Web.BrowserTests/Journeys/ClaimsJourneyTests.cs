using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Whereabouts.Application.Accounts;
using Whereabouts.Web.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace Whereabouts.Web.BrowserTests.Journeys;

/// <summary>
/// An analyst pastes an article (written for this test; the outlet and reporter are invented),
/// reviews the claims read from it, accepts two — one as read, one after setting the place it
/// counts over — and finds both in the reconciliation view beside the registry's count.
/// </summary>
public sealed class ClaimsJourneyTests(WhereaboutsServer server, BrowserSession browser) : IClassFixture<WhereaboutsServer>
{
    private const string Article = """
        date 2020-12-16
        INVENTED Gazette: no word from Khtsabert

        The Ministry of Defence said on December 15 that the fate of 73 servicemen remained unknown after the fighting near Khtsabert.

        The ministry denied reports that 171 soldiers were missing.

        The ombudsman said about 60 soldiers were missing in Khtsabert and Hin Tagher.

        The 44-day war ended in November.

        Comments (2)
        1. Reader: my cousin is one of the 73, we wait every day.
        2. Another reader: 300 were taken, nobody tells the truth.
        """;

    [Fact]
    public async Task Analyst_PastesAnArticleAcceptsTwoClaims_SeesThemBesideTheRegistry()
    {
        var account = await CreateAnalystAsync();
        await using var browserPage = await browser.NewPageAsync(server.BaseAddress);
        var page = browserPage.Page;

        await SignInAsync(page, account);

        await page.GotoAsync("/Sources");
        await page.GetByRole(AriaRole.Link, new() { Name = "Add an article or statement (upload or paste)" }).ClickAsync();
        await page.WaitForURLAsync("**/Sources/Ingest");
        await page.Locator("#Pasted").FillAsync(Article);
        await page.Locator("#Reliability").SelectOptionAsync("C");
        await BrowserSession.SaveScreenshotAsync(page, "claims-1-paste");
        await page.GetByRole(AriaRole.Button, new() { Name = "Archive and read its claims" }).ClickAsync();

        await page.WaitForURLAsync("**/Claims?source=*");
        await Expect(page.Locator(".notice")).ToContainTextAsync("3 count claims wait for review");
        var rows = page.Locator("tr[data-claim]");
        await Expect(rows).ToHaveCountAsync(3);

        // Nothing from the comment thread became a claim.
        await Expect(rows.Filter(new() { HasText = "300" })).ToHaveCountAsync(0);
        await BrowserSession.SaveScreenshotAsync(page, "claims-2-review");

        await rows.Filter(new() { HasText = "fate of 73" }).GetByRole(AriaRole.Button, new() { Name = "Accept" }).ClickAsync();
        await Expect(page.Locator(".notice")).ToContainTextAsync("Accepted: 73 missing");
        await Expect(rows).ToHaveCountAsync(2);

        await rows.Filter(new() { HasText = "171" }).GetByRole(AriaRole.Link, new() { Name = "Correct" }).ClickAsync();
        await page.WaitForURLAsync("**/Claims/Edit/*");
        await page.Locator("#Form_PlaceId").SelectOptionAsync(new SelectOptionValue { Label = "Khtsabert" });
        await page.Locator("#Form_Side").SelectOptionAsync("armenian");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and accept" }).ClickAsync();
        await page.WaitForURLAsync("**/Claims?source=*");
        await Expect(page.Locator(".notice")).ToContainTextAsync("corrected and accepted");
        await Expect(rows).ToHaveCountAsync(1);

        // The link in the page's own text: the menu's is folded away in its group until opened.
        await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "reconciliation", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/Claims/Reconciliation");
        await page.Locator("#place").SelectOptionAsync(new SelectOptionValue { Label = "Khtsabert" });
        await page.Locator("#category").SelectOptionAsync("Missing");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();

        var table = page.Locator("table.reconciliation tbody tr").Filter(new() { HasText = "INVENTED Gazette" });
        await Expect(table).ToHaveCountAsync(2);
        await Expect(table.Filter(new() { HasText = "Denied" })).ToContainTextAsync("171");
        await Expect(page.Locator("#registry-count")).ToContainTextAsync("Registry:");
        await Expect(page.Locator("#claims-spread")).ToContainTextAsync("Denied: 171");
        await Expect(page.Locator("svg.reconciliation-chart .claim-asserted")).Not.ToHaveCountAsync(0);
        await BrowserSession.SaveScreenshotAsync(page, "claims-3-reconciliation");
    }

    [Fact]
    public async Task Analyst_AddsAClaimByHandOnTheSourcesPage_SeesItListedThere()
    {
        var account = await CreateAnalystAsync("analyst-by-hand");
        await using var browserPage = await browser.NewPageAsync(server.BaseAddress);
        var page = browserPage.Page;

        await SignInAsync(page, account);

        await page.GotoAsync("/Sources");
        await page.Locator("main table a").First.ClickAsync();
        await page.WaitForURLAsync("**/Sources/*");
        await page.Locator("#add-claim").ClickAsync();
        await page.WaitForURLAsync("**/AddClaim");
        await page.Locator("#Form_Count").FillAsync("9");
        await page.Locator("#Form_Category").SelectOptionAsync("Held");
        await page.Locator("#Form_AsOf").FillAsync("2021-03");
        await page.Locator("#Form_Quote").FillAsync("INVENTED: nine men are still held, the office said.");
        await BrowserSession.SaveScreenshotAsync(page, "claims-4-add-by-hand");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the claim" }).ClickAsync();

        await page.WaitForURLAsync(url => !url.Contains("AddClaim", StringComparison.Ordinal));
        await Expect(page.Locator(".notice")).ToContainTextAsync("The claim is added");
        await Expect(page.Locator("table.claims")).ToContainTextAsync("INVENTED: nine men are still held");
    }

    private static async Task SignInAsync(IPage page, CreatedAccount account)
    {
        await page.GotoAsync("/Account/Login");
        await page.Locator("#UserName").FillAsync(account.UserName);
        await page.Locator("#Password").FillAsync(account.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/Dashboard");
    }

    private async Task<CreatedAccount> CreateAnalystAsync(string name = "analyst-claims")
    {
        await using var scope = server.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        return await accounts.CreateAsync(name, Roles.Analyst, withApiKey: false, TestContext.Current.CancellationToken);
    }
}
