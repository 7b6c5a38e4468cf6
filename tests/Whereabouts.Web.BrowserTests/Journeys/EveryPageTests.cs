using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Whereabouts.Application.Accounts;
using Whereabouts.Application.Demo;
using Whereabouts.Application.Common;
using Whereabouts.Application.Identities;
using Whereabouts.Application.Lists;
using Whereabouts.Domain;
using Whereabouts.Web.BrowserTests.Support;

namespace Whereabouts.Web.BrowserTests.Journeys;

/// <summary>
/// Every page of the caseworker application opens in a real browser for an administrator, with
/// its heading, its stylesheet applied and no console errors (a CSP violation shows up there),
/// and at a phone's width (390 px) without scrolling sideways. Each page is saved as a screenshot
/// at both widths to be looked at.
/// </summary>
public sealed class EveryPageTests(WhereaboutsServer server, BrowserSession browser) : IClassFixture<WhereaboutsServer>
{
    /// <summary>A common phone's width in CSS pixels (an iPhone 12 to 15).</summary>
    private const int PhoneWidth = 390;

    // What sticks out past the right edge, for the failure message: elements inside a box that
    // scrolls on its own (a wide table) are fine and left out.
    private const string Overflowing = """
        width => [...document.querySelectorAll('body *')]
            .filter(e => e.getBoundingClientRect().right > width + 0.5)
            .filter(e => { for (let p = e.parentElement; p; p = p.parentElement) { const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll' || o === 'hidden') return false; } return true; })
            .slice(0, 5)
            .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : '') + ' ' + Math.round(e.getBoundingClientRect().right) + 'px')
            .join(', ')
        """;

    [Fact]
    public async Task Administrator_OpensEveryPage_EachRendersWithoutErrors()
    {
        var catalog = DemoCatalog.Build();
        var person = catalog.People.First(p => p.Fate.IsContested);
        var queued = await InventedLists.ImportAsync(server.Services, 1, "INVENTED list for every page");
        var versions = await InventedLists.ImportVersionsAsync(server.Services);
        var other = catalog.People.First(p => p.Id != person.Id && p.Side == person.Side);
        PairJudged pair;
        await using (var scope = server.Services.CreateAsyncScope())
        {
            // A pair the reviewer could not tell, so that the pair page has one to show.
            pair = (await scope.ServiceProvider.GetRequiredService<SamePersonJudgements>()
                .JudgeAsync(person.Id, other.Id, MatchDecision.Unsure, "INVENTED: cannot tell", confirmed: false, cancellationToken: TestContext.Current.CancellationToken))!;
        }

        Guid upload;
        await using (var scope = server.Services.CreateAsyncScope())
        {
            // An upload whose page shows its rows, its columns' selects and the import's options.
            var uploads = ActivatorUtilities.CreateInstance<ListUploads>(scope.ServiceProvider, new FixedActor("browser-tests"));
            var (_, csv) = await InventedLists.WriteAsync(server.Services, 3);
            using var content = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(csv));
            upload = (await uploads.UploadAsync("invented-list.csv", content, TestContext.Current.CancellationToken)).Id;
        }

        var pages = new List<(string Name, string Path)>
        {
            ("dashboard", "/Dashboard"),
            ("people", "/People"),
            ("people-contested", "/People?contested=true"),
            ("dossier-contested", $"/People/{person.Id}"),
            ("person-create", "/People/Create"),
            ("person-add-name", $"/People/AddName/{person.Id}"),
            ("person-add-fate", $"/People/AddFate/{person.Id}"),
            ("person-edit-details", $"/People/EditDetails/{person.Id}"),
            ("person-retract-fate", $"/People/RetractFate/{person.Id}/{person.FateAssertions[0].Id}"),
            ("person-withdraw-name", $"/People/WithdrawName/{person.Id}/0"),
            ("person-same-person", $"/People/SamePerson/{person.Id}?otherId={other.Id}"),
            ("sources", "/Sources"),
            ("source", $"/Sources/{catalog.Sources[0].Id}"),
            ("source-create", "/Sources/Create"),
            ("source-edit", $"/Sources/Edit/{catalog.Sources[0].Id}"),
            ("source-add-claim", $"/Sources/{catalog.Sources[0].Id}/AddClaim"),
            ("incidents", "/Incidents"),
            ("incident", $"/Incidents/{catalog.Incidents[0].Id}"),
            ("incident-create", "/Incidents/Create"),
            ("incident-edit", $"/Incidents/Edit/{catalog.Incidents[0].Id}"),
            ("places", "/Places"),
            ("place", $"/Places/{catalog.Places[0].Id}"),
            ("place-create", "/Places/Create"),
            ("place-edit", $"/Places/Edit/{catalog.Places[0].Id}"),
            ("exchanges", "/Exchanges"),
            ("exchange", $"/Exchanges/{catalog.Exchanges[0].Id}"),
            ("exchange-create", "/Exchanges/Create?find=Harutyunyan"),
            ("exchange-edit", $"/Exchanges/Edit/{catalog.Exchanges[0].Id}"),
            ("still-held", "/Reports/StillHeld?side=armenian&asOf=2020-12-15"),
            ("legal-cases", "/LegalCases"),
            ("legal-case", $"/LegalCases/{catalog.LegalCases[0].Id}"),
            ("legal-case-create", $"/LegalCases/Create?person={person.Id}"),
            ("legal-case-edit", $"/LegalCases/Edit/{catalog.LegalCases[0].Id}"),
            ("inform-again", "/LegalCases/InformAgain"),
            ("tracing-next", "/Tracing/Next"),
            ("enquiry", "/Enquiry"),
            ("review", "/Review"),
            ("lists", "/Lists"),
            ("list", $"/Lists/{upload}"),
            ("review-match", $"/Review/{queued[0].MatchId}"),
            ("review-pairs", "/Review/Pairs"),
            ("review-pair", $"/Review/Pairs/{pair.PairId}"),
            ("review-departures", "/Review/Departures"),
            ("list-versions", $"/Sources/{versions.Second}"),
            ("list-changes", $"/Sources/{versions.Second}/Changes"),
            ("dossier-departure", $"/People/{versions.GonePersonId}"),
            ("reports", "/Reports"),
            ("reports-daily", "/Reports?side=Armenian&step=Daily&from=2020-12-01&asOf=2020-12-31"),
            ("map", "/Reports/Map"),
            ("map-of-a-day", "/Reports/Map?day=2020-12-13"),
            ("place-control", $"/Places/{catalog.Places[0].Id}/Control"),
            ("review-evidence", "/Review/Evidence"),
            ("source-verification", $"/Sources/{catalog.Sources[0].Id}/Verification"),
            ("still-held-as-recorded", "/Reports/StillHeld?side=armenian&asOf=2020-12-15&recordedOn=2020-12-15"),
            ("dossier-as-recorded", $"/People/{person.Id}?recordedOn=2021-01-15"),
            ("source-ingest", "/Sources/Ingest"),
            ("claims", "/Claims"),
            ("reconciliation", $"/Claims/Reconciliation?incident={catalog.Incidents[1].Id}&category=Missing"),
            ("parties", "/Administration/Parties"),
            ("party-edit", "/Administration/Parties/Edit/armenian"),
            ("duplicates", "/Administration/Duplicates"),
        };
        var account = await CreateAdministratorAsync();
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var id = (await scope.ServiceProvider.GetRequiredService<AccountDirectory>().FindByNameAsync(account.UserName, TestContext.Current.CancellationToken))!.Id;
            pages.AddRange(
            [
                ("accounts", "/Administration/Accounts"),
                ("account-create", "/Administration/Accounts/Create"),
                ("account", $"/Administration/Accounts/Details/{id}"),
                ("my-account", "/Account/Manage"),
                ("two-factor", "/Account/Manage/TwoFactor"),
            ]);
        }

        await using var browserPage = await browser.NewPageAsync(server.BaseAddress);
        var page = browserPage.Page;
        var consoleErrors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                consoleErrors.Add($"{page.Url}: {message.Text}");
            }
        };
        await page.GotoAsync("/Account/Login");
        await page.Locator("#UserName").FillAsync(account.UserName);
        await page.Locator("#Password").FillAsync(account.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/Dashboard");

        var failures = new List<string>();
        foreach (var (name, path) in pages)
        {
            var response = await page.GotoAsync(path);
            await BrowserSession.SaveScreenshotAsync(page, "page-" + name);
            var heading = page.Locator("main h1");
            var styled = await page.Locator("header").EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
            if (response?.Status != 200 || await heading.CountAsync() != 1 || styled == "rgba(0, 0, 0, 0)")
            {
                failures.Add($"{path}: status {response?.Status}, {await heading.CountAsync()} h1, header background {styled}");
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
        Assert.True(consoleErrors.Count == 0, string.Join('\n', consoleErrors));

        // The same pages on a phone: wide tables may scroll inside their own box, the page may not.
        // In Armenian, whose words run longer than English ones, so that a long word is tried too.
        await page.SetViewportSizeAsync(PhoneWidth, 844);
        await page.GotoAsync("/Dashboard?culture=hy");
        var sideways = new List<string>();
        foreach (var (name, path) in pages)
        {
            await page.GotoAsync(path);
            await BrowserSession.SaveScreenshotAsync(page, $"page-{name}-{PhoneWidth}-hy");
            var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            if (width > PhoneWidth)
            {
                sideways.Add($"{path}: {width} px wide; past the edge: {await page.EvaluateAsync<string>(Overflowing, PhoneWidth)}");
            }
        }

        Assert.True(sideways.Count == 0, $"{sideways.Count} pages scroll sideways at {PhoneWidth} px:\n" + string.Join('\n', sideways));
    }

    private async Task<CreatedAccount> CreateAdministratorAsync()
    {
        await using var scope = server.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        return await accounts.CreateAsync("admin-every-page", Roles.Administrator, withApiKey: false, TestContext.Current.CancellationToken);
    }
}
