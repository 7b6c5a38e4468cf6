using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Whereabouts.Application.Accounts;
using Whereabouts.Web.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace Whereabouts.Web.BrowserTests.Journeys;

/// <summary>
/// A caseworker works through the review queue in a real browser: opens a possible match from an
/// imported (invented) list, compares the two records and the engine's reasons, says they are the
/// same person, then takes it back. Screenshots land in <see cref="BrowserSession.ScreenshotFolder"/>.
/// </summary>
public sealed class ReviewJourneyTests(WhereaboutsServer server, BrowserSession browser) : IClassFixture<WhereaboutsServer>
{
    [Fact]
    public async Task Caseworker_JudgesAMatchTheSameAndUndoesIt_SeesEachStep()
    {
        var queued = await InventedLists.ImportAsync(server.Services, 2, "INVENTED ministry list for the review journey");
        var target = queued[0];
        var account = await CreateCaseworkerAsync();
        await using var browserPage = await browser.NewPageAsync(server.BaseAddress);
        var page = browserPage.Page;

        await page.GotoAsync("/Account/Login");
        await page.Locator("#UserName").FillAsync(account.UserName);
        await page.Locator("#Password").FillAsync(account.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/Dashboard");

        // The review link sits in the navigation's Registry group, opened first.
        await page.Locator("header details.menu-group", new() { Has = page.Locator("#nav-review") }).Locator("summary").ClickAsync();
        await page.Locator("#nav-review").ClickAsync();
        await page.WaitForURLAsync("**/Review");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Review queue", Level = 1 })).ToBeVisibleAsync();
        await BrowserSession.SaveScreenshotAsync(page, "review-1-queue");

        await page.Locator($"#queue a[href='/Review/{target.MatchId}']").ClickAsync();
        await page.WaitForURLAsync($"**/Review/{target.MatchId}");
        await Expect(page.Locator("#record-name")).ToContainTextAsync(target.ListedName);
        await Expect(page.Locator("#record-name")).ToContainTextAsync(target.Person.PrimaryName.FullName);
        await Expect(page.Locator("#explanation tbody tr").Filter(new() { HasText = "Given and family name" })).ToContainTextAsync("for a match");
        await Expect(page.Locator("#decision")).ToHaveTextAsync("Pending");
        await BrowserSession.SaveScreenshotAsync(page, "review-2-match");

        await page.Locator("#judge-note").FillAsync("INVENTED NOTE: same birth date, the name respelled.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Same person" }).ClickAsync();
        await Expect(page.Locator("#notice")).ToContainTextAsync("Recorded");
        await Expect(page.Locator("#decision")).ToHaveTextAsync("Same person");
        await Expect(page.Locator("#judgements tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator("#notice a")).ToHaveAttributeAsync("href", $"/People/{target.Person.Id}");
        await BrowserSession.SaveScreenshotAsync(page, "review-3-same-person");

        await page.GetByRole(AriaRole.Button, new() { Name = "Undo the last judgement" }).ClickAsync();
        await Expect(page.Locator("#notice")).ToContainTextAsync("undone");
        await Expect(page.Locator("#decision")).ToHaveTextAsync("Pending");
        await Expect(page.Locator("#judgements tbody tr")).ToHaveCountAsync(2);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Undo the last judgement" })).ToHaveCountAsync(0);
        await BrowserSession.SaveScreenshotAsync(page, "review-4-undone");

        await page.Locator("#notice a").ClickAsync();
        await page.WaitForURLAsync($"**/People/{target.Person.Id}");
        await Expect(page.Locator("#timeline > li").Filter(new() { HasText = "INVENTED ministry list for the review journey" })).ToContainTextAsync("Retracted");
        await BrowserSession.SaveScreenshotAsync(page, "review-5-dossier-retraction");
    }

    private async Task<CreatedAccount> CreateCaseworkerAsync()
    {
        await using var scope = server.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        return await accounts.CreateAsync("caseworker-review", Roles.Caseworker, withApiKey: false, TestContext.Current.CancellationToken);
    }
}
