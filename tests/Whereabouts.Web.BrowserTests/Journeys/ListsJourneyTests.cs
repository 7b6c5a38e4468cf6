using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Whereabouts.Application.Accounts;
using Whereabouts.Web.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace Whereabouts.Web.BrowserTests.Journeys;

/// <summary>
/// A caseworker imports a list from the web in a real browser: uploads an (invented) Excel
/// workbook, a title row above its header, whose family-name column has a header the registry does not know, says what that column holds, sees
/// the dry run, imports it, watches the background import finish and opens its rows in the review
/// queue. Screenshots land in <see cref="BrowserSession.ScreenshotFolder"/>.
/// </summary>
public sealed class ListsJourneyTests(WhereaboutsServer server, BrowserSession browser) : IClassFixture<WhereaboutsServer>
{
    [Fact]
    public async Task Caseworker_UploadsFixesAColumnDryRunsAndImports_FindsTheRowsInTheReviewQueue()
    {
        var (people, workbook) = await InventedLists.WriteWorkbookAsync(server.Services, 2, "Nom de famille");
        var account = await CreateCaseworkerAsync();
        await using var browserPage = await browser.NewPageAsync(server.BaseAddress);
        var page = browserPage.Page;

        await page.GotoAsync("/Account/Login");
        await page.Locator("#UserName").FillAsync(account.UserName);
        await page.Locator("#Password").FillAsync(account.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/Dashboard");

        await page.Locator("header details.menu-group", new() { Has = page.Locator("#nav-lists") }).Locator("summary").ClickAsync();
        await page.Locator("#nav-lists").ClickAsync();
        await page.WaitForURLAsync("**/Lists");
        await Expect(page.Locator("#upload-limit")).ToContainTextAsync("50 MB");
        await page.Locator("#Upload").SetInputFilesAsync(new FilePayload { Name = "invented-list.xlsx", MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Buffer = workbook });
        await page.GetByRole(AriaRole.Button, new() { Name = "Upload and read" }).ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/Lists/[0-9a-f-]{36}$"));
        await Expect(page.Locator("#format")).ToContainTextAsync("Excel workbook (.xlsx)");
        await Expect(page.Locator("#HeaderLine")).ToHaveValueAsync("2");
        await BrowserSession.SaveScreenshotAsync(page, "lists-1-uploaded");

        // The family-name column is not recognised: it is kept as written until someone says otherwise.
        var family = page.Locator("#field-2");
        await Expect(page.Locator("label[for='field-2']")).ToContainTextAsync("Nom de famille");
        await Expect(family).ToHaveValueAsync("Extra");
        await family.SelectOptionAsync("FamilyName");
        await page.Locator("#Title").FillAsync("INVENTED list for the lists journey");
        await page.Locator("#LinkAt").FillAsync("1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Dry run" }).ClickAsync();
        // The dry run links the rows to the registry while the request waits: slow on a busy machine.
        await Expect(page.Locator("#dry-run")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Expect(page.Locator("#dry-rows")).ToHaveTextAsync("2");
        await Expect(page.Locator("#dry-review")).ToHaveTextAsync("2");
        await Expect(page.Locator("#dry-ok")).ToBeVisibleAsync();
        await Expect(page.Locator("#field-2")).ToHaveValueAsync("FamilyName");
        await Expect(page.Locator("#read-rows tbody")).ToContainTextAsync(InventedLists.ListedName(people[0]).Split(' ')[1]);
        await BrowserSession.SaveScreenshotAsync(page, "lists-2-dry-run");

        // The people on the list are invented, as those of the demo registry beside them: a real
        // list would have to be allowed beside them explicitly.
        await page.GetByLabel("The people on it are invented (test or demo data)").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Import", Exact = true }).ClickAsync();
        await Expect(page.Locator("#imported")).ToBeVisibleAsync(new() { Timeout = 120_000 });
        await Expect(page.Locator("#state")).ToHaveTextAsync("Imported");
        await Expect(page.Locator("#done-review")).ToHaveTextAsync("2");
        await BrowserSession.SaveScreenshotAsync(page, "lists-3-imported");

        await page.Locator("#review-link").ClickAsync();
        await page.WaitForURLAsync("**/Review?source=*");
        var row = page.Locator("#queue tbody tr").Filter(new() { HasText = InventedLists.ListedName(people[0]) });
        await Expect(row.First).ToContainTextAsync("INVENTED list for the lists journey");
        await BrowserSession.SaveScreenshotAsync(page, "lists-4-review-queue");
    }

    private async Task<CreatedAccount> CreateCaseworkerAsync()
    {
        await using var scope = server.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        return await accounts.CreateAsync("caseworker-lists", Roles.Caseworker, withApiKey: false, TestContext.Current.CancellationToken);
    }
}
