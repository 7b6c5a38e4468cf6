using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Whereabouts.Application.Accounts;
using Whereabouts.Application.Demo;
using Whereabouts.Domain;
using Whereabouts.Web.BrowserTests.Support;

namespace Whereabouts.Web.BrowserTests.Journeys;

/// <summary>
/// A family's request in a real browser: a caseworker registers it on the office's form, links it
/// to an invented demo person found by name, answers "missing"; a later credible "capture
/// confirmed" makes the family appear among those to inform again.
/// </summary>
public sealed class TracingJourneyTests(WhereaboutsServer server, BrowserSession browser) : IClassFixture<WhereaboutsServer>
{
    private const string Phone = "+374 91 555 0142";

    [Fact]
    public async Task Caseworker_RegistersLinksAndAnswersARequest_ALaterCaptureMakesTheFamilyToBeInformedAgain()
    {
        var account = await CreateCaseworkerAsync();
        var target = DemoCatalog.Build().People.Where(p =>
            p.Fate.Status == FateStatus.Missing && !p.Fate.IsContested && p.FateAssertions.All(a => a.AsOf.Latest < new DateOnly(2021, 1, 1))).Skip(1).First();
        await using var browserPage = await browser.NewPageAsync(server.BaseAddress);
        var page = browserPage.Page;
        await page.GotoAsync("/Account/Login");
        await page.Locator("#UserName").FillAsync(account.UserName);
        await page.Locator("#Password").FillAsync(account.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/Dashboard");

        await page.GotoAsync("/Tracing/Create");
        await page.Locator("#Form_EnquirerName").FillAsync("Invented-Siranush (INVENTED enquirer)");
        await page.Locator("#Form_Relationship").FillAsync("mother");
        await page.Locator("#Form_Language").SelectOptionAsync("hy");
        await page.Locator("#Form_Contact").FillAsync(Phone);
        await page.Locator("input[name='Form.ShareWith'][value='ICRC']").CheckAsync();
        await page.Locator("#Form_SoughtName").FillAsync(target.PrimaryName.FullName);
        await page.Locator("#Form_LastSeenOn").FillAsync("2020-11-09");
        await BrowserSession.SaveScreenshotAsync(page, "tracing-1-office-form");
        await page.Locator("#request-form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**/Tracing/*-*");
        Assert.Equal(0, await page.GetByText(Phone).CountAsync());
        Assert.Equal(1, await page.Locator("#show-contact").CountAsync());

        await page.Locator("#link-person").ClickAsync();
        await page.Locator("#q").FillAsync(target.PrimaryName.FamilyName!);
        await page.Locator("#find-form button[type=submit]").ClickAsync();
        await page.Locator($"#found-people button[value='{target.Id}']").ClickAsync();
        await page.WaitForURLAsync("**/Tracing/*-*");
        Assert.Contains(target.PrimaryName.FamilyName!, await page.Locator("#linked-person").InnerTextAsync(), StringComparison.Ordinal);

        await page.Locator("#answer-request").ClickAsync();
        Assert.Equal("mother", await page.Locator("#Notification_Recipient").InputValueAsync());
        await page.Locator("#Notification_ToldOn").FillAsync("2021-01-05");
        await page.Locator("#Notification_ConveyedStatus").SelectOptionAsync(nameof(FateStatus.Missing));
        await page.Locator("#Notification_ToldBy").FillAsync("INVENTED tracing office");
        await page.Locator("#answer-form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync("**/Tracing/*-*");
        Assert.Contains("Answered", await page.Locator("#request-status").InnerTextAsync(), StringComparison.Ordinal);
        await BrowserSession.SaveScreenshotAsync(page, "tracing-2-answered");
        await page.GotoAsync("/LegalCases/InformAgain");
        Assert.Equal(0, await page.Locator($"#inform-again-list tr[data-person='{target.Id}']").CountAsync());

        await page.GotoAsync($"/People/{target.Id}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Record a fate" }).ClickAsync();
        await page.Locator("#Fate_Status").SelectOptionAsync(nameof(FateStatus.CaptureConfirmed));
        await page.Locator("#Fate_AsOf").FillAsync("2021-01-10");
        await page.Locator("#Fate_SourceId").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.Locator("#Fate_Quote").FillAsync("INVENTED TEST QUOTE: the ICRC confirmed the capture.");
        await page.Locator("#Fate_Credibility").SelectOptionAsync("2");
        await page.Locator("main form button[type=submit]").ClickAsync();
        await page.WaitForURLAsync($"**/People/{target.Id}");

        await page.GotoAsync("/LegalCases/InformAgain");
        var row = page.Locator($"#inform-again-list tr[data-person='{target.Id}']");
        Assert.Equal(1, await row.CountAsync());
        Assert.Equal("Missing", (await row.Locator("td.told").InnerTextAsync()).Trim());
        await BrowserSession.SaveScreenshotAsync(page, "tracing-3-inform-again");
    }

    private async Task<CreatedAccount> CreateCaseworkerAsync()
    {
        await using var scope = server.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        return await accounts.CreateAsync("caseworker-tracing", Roles.Caseworker, withApiKey: false, TestContext.Current.CancellationToken);
    }
}
