using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Whereabouts.Application.Accounts;
using Whereabouts.Application.Demo;
using Whereabouts.Domain;
using Whereabouts.Web.BrowserTests.Support;

namespace Whereabouts.Web.BrowserTests.Journeys;

/// <summary>
/// A caseworker takes back a mistake in a real browser: records a wrong fate on an invented demo
/// person, sees it become the current fate, retracts it with a reason and evidence, and sees it
/// struck through in the timeline while the current fate goes back to what the evidence says.
/// </summary>
public sealed class RetractionJourneyTests(WhereaboutsServer server, BrowserSession browser) : IClassFixture<WhereaboutsServer>
{
    private const string WrongQuote = "INVENTED TEST QUOTE: released with the group of 15 January.";
    private const string Reason = "INVENTED: the list named a namesake from another village.";

    [Fact]
    public async Task Caseworker_RecordsAWrongFateAndRetractsIt_SeesItStruckThroughAndTheFateChangeBack()
    {
        var account = await CreateCaseworkerAsync();
        var target = DemoCatalog.Build().People.First(p =>
            p.Fate.Status == FateStatus.Missing && !p.Fate.IsContested && p.FateAssertions.All(a => a.AsOf.Latest < new DateOnly(2021, 1, 1)));
        await using var browserPage = await browser.NewPageAsync(server.BaseAddress);
        var page = browserPage.Page;
        await page.GotoAsync("/Account/Login");
        await page.Locator("#UserName").FillAsync(account.UserName);
        await page.Locator("#Password").FillAsync(account.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/Dashboard");
        await page.GotoAsync($"/People/{target.Id}");
        var current = page.Locator("#current-fate + p strong");
        Assert.Equal("Missing", await current.InnerTextAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "Record a fate" }).ClickAsync();
        await page.Locator("#Fate_Status").SelectOptionAsync(nameof(FateStatus.Released));
        await page.Locator("#Fate_AsOf").FillAsync("2021-01-15");
        await page.Locator("#Fate_SourceId").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.Locator("#Fate_Quote").FillAsync(WrongQuote);
        await page.Locator("#Fate_Credibility").SelectOptionAsync("2");
        await page.Locator("main form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync($"**/People/{target.Id}");
        Assert.Equal("Released", await current.InnerTextAsync());
        await BrowserSession.SaveScreenshotAsync(page, "retraction-1-wrong-fate-current");

        var wrong = page.Locator("#timeline > li").Filter(new() { HasText = WrongQuote });
        await wrong.GetByRole(AriaRole.Link, new() { Name = "Retract" }).ClickAsync();
        await page.WaitForURLAsync("**/People/RetractFate/**");
        await page.Locator("#Retraction_Reason").FillAsync(Reason);
        await page.Locator("#Retraction_SourceId").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.Locator("#Retraction_Locator").FillAsync("INVENTED corrigendum, row 4");
        await BrowserSession.SaveScreenshotAsync(page, "retraction-2-form");
        await page.Locator("main form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync($"**/People/{target.Id}");
        await BrowserSession.SaveScreenshotAsync(page, "retraction-3-struck-through");

        Assert.Equal("Missing", await current.InnerTextAsync());
        Assert.Equal("retracted", await wrong.GetAttributeAsync("class"));
        Assert.Contains(Reason, await wrong.Locator(".retraction").InnerTextAsync(), StringComparison.Ordinal);
        var decoration = await wrong.Locator("p").First.Locator("strong").EvaluateAsync<string>("e => getComputedStyle(e).textDecorationLine");
        Assert.Equal("line-through", decoration);
        Assert.Equal(0, await wrong.GetByRole(AriaRole.Link, new() { Name = "Retract" }).CountAsync());
    }

    private async Task<CreatedAccount> CreateCaseworkerAsync()
    {
        await using var scope = server.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        return await accounts.CreateAsync("caseworker-retraction", Roles.Caseworker, withApiKey: false, TestContext.Current.CancellationToken);
    }
}
