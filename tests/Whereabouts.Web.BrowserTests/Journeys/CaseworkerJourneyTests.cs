using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Whereabouts.Application.Accounts;
using Whereabouts.Application.Demo;
using Whereabouts.Domain;
using Whereabouts.Web.BrowserTests.Support;

namespace Whereabouts.Web.BrowserTests.Journeys;

/// <summary>
/// A caseworker's day in a real browser: sign in, search in Cyrillic, open a dossier, record a
/// fate with its source, and see it on the timeline. Screenshots of every step land in
/// <see cref="BrowserSession.ScreenshotFolder"/>.
/// </summary>
public sealed class CaseworkerJourneyTests(WhereaboutsServer server, BrowserSession browser) : IClassFixture<WhereaboutsServer>
{
    private const string InventedQuote = "INVENTED TEST QUOTE: listed among the detainees seen at the facility.";

    [Fact]
    public async Task Caseworker_SearchesInCyrillicAndRecordsAFate_SeesItOnTheTimeline()
    {
        var account = await CreateCaseworkerAsync();
        var target = DemoCatalog.Build().People.First(p =>
            p.Names.Any(n => n.FamilyName == "Harutyunyan")
            && p.Fate.Status is not (FateStatus.Deceased or FateStatus.RemainsRecovered or FateStatus.RemainsIdentified));
        await using var browserPage = await browser.NewPageAsync(server.BaseAddress);
        var page = browserPage.Page;

        await SignInAsync(page, account);
        await BrowserSession.SaveScreenshotAsync(page, "journey-1-dashboard");
        Assert.True(await page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard", Level = 1 }).IsVisibleAsync());

        // People sits in the navigation's Registry group, opened first.
        await page.Locator("header details.menu-group", new() { Has = page.Locator("a[href='/People']") }).Locator("summary").ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "People", Exact = true }).ClickAsync();
        await page.Locator("#q").FillAsync("Арутюнян");
        await page.Locator("#q").PressAsync("Enter");
        await page.WaitForURLAsync("**/People?q=*");
        await BrowserSession.SaveScreenshotAsync(page, "journey-2-search-cyrillic");
        var result = page.GetByRole(AriaRole.Link, new() { Name = target.PrimaryName.FullName, Exact = true });
        Assert.True(await result.IsVisibleAsync(), $"The Cyrillic search should list {target.PrimaryName.FullName}.");

        await result.ClickAsync();
        await page.WaitForURLAsync($"**/People/**{target.Id}");
        await BrowserSession.SaveScreenshotAsync(page, "journey-3-dossier");
        var timeline = page.Locator("#timeline > li");
        var entriesBefore = await timeline.CountAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Record a fate" }).ClickAsync();
        await page.Locator("#Fate_Status").SelectOptionAsync(nameof(FateStatus.CaptureConfirmed));
        await page.Locator("#Fate_AsOf").FillAsync("2020-12-05");
        await page.Locator("#Fate_SourceId").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.Locator("#Fate_Quote").FillAsync(InventedQuote);
        await page.Locator("#Fate_Credibility").SelectOptionAsync("2");
        await BrowserSession.SaveScreenshotAsync(page, "journey-4-fate-form");
        await page.Locator("main form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync($"**/People/**{target.Id}");
        await BrowserSession.SaveScreenshotAsync(page, "journey-5-dossier-with-new-fate");

        Assert.Equal(entriesBefore + 1, await timeline.CountAsync());
        var added = timeline.Filter(new() { HasText = InventedQuote });
        Assert.Equal(1, await added.CountAsync());
        Assert.Contains("Capture confirmed", await added.InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Caseworker_RegistersANearDuplicateInCyrillic_IsWarnedAndAddsTheSpellingToTheKnownPerson()
    {
        var account = await CreateCaseworkerAsync("caseworker-duplicate");
        var known = DemoCatalog.Build().People.First(p =>
            p.Names.Any(n => n.FamilyName == "Harutyunyan") && p.Names.Any(n => n.FamilyName == "Арутюнян") && p.BirthDate is not null);
        var cyrillic = known.Names.First(n => n.FamilyName == "Арутюнян");
        await using var browserPage = await browser.NewPageAsync(server.BaseAddress);
        var page = browserPage.Page;
        await SignInAsync(page, account);

        await page.GotoAsync("/People/Create");
        await page.Locator("#Name_GivenName").FillAsync(cyrillic.GivenName!);
        await page.Locator("#Name_FamilyName").FillAsync(cyrillic.FamilyName!);
        await page.Locator("#Name_Origin").FillAsync("INVENTED family report");
        await page.Locator("#Details_BirthDate").FillAsync(known.BirthDate!.ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Register", Exact = true }).ClickAsync();

        var warning = page.Locator("#possible-duplicates");
        await warning.WaitForAsync();
        await BrowserSession.SaveScreenshotAsync(page, "duplicate-1-warning");
        Assert.Contains("The registry may already have this person", await warning.InnerTextAsync(), StringComparison.Ordinal);
        var candidate = page.Locator(".duplicate-candidate", new() { Has = page.Locator($"a[href='/People/{known.Id}']") });
        Assert.Equal(1, await candidate.CountAsync());

        await candidate.Locator("button[name=AddTo]").ClickAsync();
        await page.WaitForURLAsync($"**/People/**{known.Id}");
        await BrowserSession.SaveScreenshotAsync(page, "duplicate-2-added-to-the-known-person");
        Assert.Contains("added to the person already registered", await page.Locator(".notice").InnerTextAsync(), StringComparison.Ordinal);
    }

    private static async Task SignInAsync(IPage page, CreatedAccount account)
    {
        await page.GotoAsync("/Account/Login");
        await page.Locator("#UserName").FillAsync(account.UserName);
        await page.Locator("#Password").FillAsync(account.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/Dashboard");
    }

    private async Task<CreatedAccount> CreateCaseworkerAsync(string userName = "caseworker-journey")
    {
        await using var scope = server.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        return await accounts.CreateAsync(userName, Roles.Caseworker, withApiKey: false, TestContext.Current.CancellationToken);
    }
}
