using System.Net;
using Whereabouts.Application.Accounts;
using Whereabouts.Application.Demo;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Pages.Places;

public sealed class ControlPageTests(WebApp app) : IClassFixture<WebApp>
{
    private static readonly Guid Kapan = DemoIds.For("place/kapan");
    private static readonly string CaseworkerNotes = DemoIds.For("source/invented/caseworker-notes").ToString();

    [Fact]
    public async Task Post_APatrol_ShowsOnThePlacePage_AndRetractingItListsItApart()
    {
        using var browser = await app.BrowserAsync(Roles.Analyst);

        using var response = await WebApp.PostFormAsync(browser, $"/Places/{Kapan}/Control", new Dictionary<string, string>
        {
            ["Period.Kind"] = "Patrolled",
            ["Period.Holder"] = "Monitors (INVENTED)",
            ["Period.From"] = "2021-01",
            ["Period.To"] = "2021-03",
            ["Period.SourceId"] = CaseworkerNotes,
        }, "#control-form");
        var place = await WebApp.GetDocumentAsync(browser, $"/Places/{Kapan}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("Patrolled by Monitors (INVENTED)", place.QuerySelector("#control-table")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(place.QuerySelector("svg#control-chart rect.control-patrolled"));
        Assert.NotNull(place.QuerySelector("#record-control"));

        var control = await WebApp.GetDocumentAsync(browser, $"/Places/{Kapan}/Control");
        var periodId = control.QuerySelector("#control-periods input[name='Retraction.PeriodId']")!.GetAttribute("value")!;
        using var retracted = await WebApp.PostFormAsync(browser, $"/Places/{Kapan}/Control?handler=Retract", new Dictionary<string, string>
        {
            ["Retraction.PeriodId"] = periodId,
            ["Retraction.Reason"] = "Test: recorded in error.",
        }, ".retract-form");
        var after = await WebApp.GetDocumentAsync(browser, $"/Places/{Kapan}");

        Assert.Equal(HttpStatusCode.Redirect, retracted.StatusCode);
        Assert.Null(after.QuerySelector("#control-table"));
        Assert.Contains("Test: recorded in error.", after.QuerySelector("#retracted-control-list")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ControlledWithNoHolderAndAnEndBeforeTheStart_ShowsTheMessagesAndSavesNothing()
    {
        var syunik = DemoIds.For("place/syunik");
        using var browser = await app.BrowserAsync(Roles.Caseworker);

        using var response = await WebApp.PostFormAsync(browser, $"/Places/{syunik}/Control", new Dictionary<string, string>
        {
            ["Period.Kind"] = "Controlled",
            ["Period.From"] = "2020-12-14",
            ["Period.To"] = "2020-12-13",
            ["Period.SourceId"] = CaseworkerNotes,
        }, "#control-form");
        var page = await WebApp.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Say who held the place", page.QuerySelector("[data-valmsg-for='Period.Party']")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("before it begins", page.QuerySelector("[data-valmsg-for='Period.To']")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#no-periods"));
    }

    [Fact]
    public async Task Get_AsViewer_IsForbidden_ButThePlacePageShowsTheTimelineWithoutTheLink()
    {
        using var browser = await app.BrowserAsync(Roles.Viewer);

        using var response = await browser.GetAsync(new Uri($"/Places/{Kapan}/Control", UriKind.Relative), TestContext.Current.CancellationToken);
        var khtsabert = await WebApp.GetDocumentAsync(browser, $"/Places/{DemoIds.For("place/khtsabert")}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location?.PathAndQuery ?? response.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Null(khtsabert.QuerySelector("#record-control"));
        var rows = khtsabert.QuerySelectorAll("#control-table tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains("Patrolled by Russian peacekeeping contingent", rows[0], StringComparison.Ordinal);
        Assert.Contains("13 Dec 2020", rows[0], StringComparison.Ordinal);
        Assert.Contains("Controlled by Azerbaijan", rows[1], StringComparison.Ordinal);
        Assert.Contains("From 14 Dec 2020", rows[1], StringComparison.Ordinal);
        Assert.Equal(2, khtsabert.QuerySelectorAll("svg#control-chart rect.control-bar").Length);
    }
}
