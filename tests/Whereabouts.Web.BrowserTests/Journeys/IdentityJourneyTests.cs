using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Whereabouts.Application.Accounts;
using Whereabouts.Domain;
using Whereabouts.Storage;
using Whereabouts.Web.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace Whereabouts.Web.BrowserTests.Journeys;

/// <summary>
/// A caseworker finds two records of one (invented) man, joins them from a dossier with "Same person
/// as…", sees one dossier for both and one entry in the search, then undoes the join and sees two
/// again. Screenshots land in <see cref="BrowserSession.ScreenshotFolder"/>.
/// </summary>
public sealed class IdentityJourneyTests(WhereaboutsServer server, BrowserSession browser) : IClassFixture<WhereaboutsServer>
{
    [Fact]
    public async Task Caseworker_JoinsTwoRecordsOfOneMan_SeesOneDossierAndOneCount_ThenUndoes()
    {
        var (identity, joined) = await RegisterTwoRecordsAsync();
        var account = await CreateCaseworkerAsync();
        await using var browserPage = await browser.NewPageAsync(server.BaseAddress);
        var page = browserPage.Page;

        await page.GotoAsync("/Account/Login");
        await page.Locator("#UserName").FillAsync(account.UserName);
        await page.Locator("#Password").FillAsync(account.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/Dashboard");

        await page.GotoAsync("/People?q=Zhurnalyan");
        await Expect(page.Locator("#result-count")).ToContainTextAsync("2 people match");
        await BrowserSession.SaveScreenshotAsync(page, "identity-1-two-records");

        await page.GotoAsync($"/People/{joined}");
        await page.Locator("#same-person-link").ClickAsync();
        await page.WaitForURLAsync($"**/People/SamePerson/{joined}");
        await page.Locator("#q").FillAsync("Журналян");
        await page.GetByRole(AriaRole.Button, new() { Name = "Find", Exact = true }).ClickAsync();
        await page.Locator($"#candidates a.compare[href$='otherId={identity}']").ClickAsync();
        await Expect(page.Locator("#side-by-side")).ToContainTextAsync("Vahakn Zhurnalyan");
        await page.Locator("#Note").FillAsync("INVENTED NOTE: one man, his name respelled by the second list.");
        await BrowserSession.SaveScreenshotAsync(page, "identity-2-side-by-side");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the judgement" }).ClickAsync();
        await page.WaitForURLAsync($"**/People/{joined}");
        await Expect(page.Locator("#joined-notice")).ToContainTextAsync("Vahagn Zhurnalyan");
        await Expect(page.Locator("#identity-names tbody tr")).ToHaveCountAsync(2);
        await BrowserSession.SaveScreenshotAsync(page, "identity-3-one-dossier");

        await page.GotoAsync("/People?q=Zhurnalyan");
        await Expect(page.Locator("#result-count")).ToContainTextAsync("1 person matches");
        await Expect(page.Locator($"#results a[href='/People/{identity}']")).ToHaveCountAsync(1);
        await BrowserSession.SaveScreenshotAsync(page, "identity-4-one-count");

        await page.GotoAsync($"/People/SamePerson/{joined}");
        await page.Locator("#standing input[name=Note]").FillAsync("INVENTED NOTE: two men after all.");
        await page.Locator("#standing button.undo").ClickAsync();
        await page.WaitForURLAsync($"**/People/{joined}");
        await Expect(page.Locator("#joined-notice")).ToHaveCountAsync(0);
        await page.GotoAsync("/People?q=Zhurnalyan");
        await Expect(page.Locator("#result-count")).ToContainTextAsync("2 people match");
        await BrowserSession.SaveScreenshotAsync(page, "identity-5-undone");
    }

    // Two invented records of one man, as two lists would register him; the lesser id names the identity.
    private async Task<(Guid Identity, Guid Joined)> RegisterTwoRecordsAsync()
    {
        var ids = new[] { Guid.NewGuid(), Guid.NewGuid() }.Order().ToArray();
        var first = new Person(ids[0], new PersonName("Vahagn", "Zhurnalyan", null, "family report (invented)"), new PersonDetails(Sex.Male, PartialDate.OfYear(2001), Side: "armenian"), isInvented: true);
        var second = new Person(ids[1], new PersonName("Vahakn", "Zhurnalyan", null, "second list (invented)"), new PersonDetails(Sex.Male, PartialDate.OfYear(2001), Side: "armenian"), isInvented: true);

        var database = server.Services.GetRequiredService<WhereaboutsDatabase>();
        await using var context = database.CreateContext("browser-tests");
        context.People.AddRange(first, second);
        await context.SaveChangesAsync(TestContext.Current.CancellationToken);
        return (first.Id, second.Id);
    }

    private async Task<CreatedAccount> CreateCaseworkerAsync()
    {
        await using var scope = server.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        return await accounts.CreateAsync("caseworker-identity", Roles.Caseworker, withApiKey: false, TestContext.Current.CancellationToken);
    }
}
