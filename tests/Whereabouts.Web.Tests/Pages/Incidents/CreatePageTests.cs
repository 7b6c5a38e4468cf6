using System.Net;
using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Accounts;
using Whereabouts.Application.Demo;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Pages.Incidents;

public sealed class CreatePageTests(WebApp app) : IClassFixture<WebApp>
{
    private static readonly Guid Khtsabert = DemoIds.For("place/khtsabert");

    [Fact]
    public async Task Post_AsCaseworker_SavesTheIncidentAndRedirectsToIt()
    {
        using var browser = await app.BrowserAsync(Roles.Caseworker);

        using var response = await WebApp.PostFormAsync(browser, "/Incidents/Create", new Dictionary<string, string>
        {
            ["Form.Name"] = "Search of the Khtsabert area",
            ["Form.StartedOn"] = "2020-12-15",
            ["Form.EndedOn"] = "2020-12-17",
            ["Form.PlaceIds"] = Khtsabert.ToString(),
            ["Form.Parties"] = "Russian peacekeepers\r\nICRC\r\n",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await WebApp.GetDocumentAsync(browser, response.Headers.Location!.OriginalString);
        Assert.Equal("Search of the Khtsabert area", page.QuerySelector("h1")?.TextContent);
        Assert.Equal(["Khtsabert"], page.QuerySelectorAll("#place-list a").Select(a => a.TextContent));
        Assert.Equal(["Russian peacekeepers", "ICRC"], page.QuerySelectorAll("#party-list li").Select(li => li.TextContent));
    }

    [Fact]
    public async Task Post_EndBeforeStart_ShowsTheMessageNextToTheEndAndSavesNothing()
    {
        using var browser = await app.BrowserAsync(Roles.Analyst);

        using var response = await WebApp.PostFormAsync(browser, "/Incidents/Create", new Dictionary<string, string>
        {
            ["Form.Name"] = "Backwards incident",
            ["Form.StartedOn"] = "2020-12-14",
            ["Form.EndedOn"] = "2020-12-11",
        });
        var page = await WebApp.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("before the start", page.QuerySelector("[data-valmsg-for='Form.EndedOn']")?.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(page.QuerySelectorAll("select[name='Form.PlaceIds'] option"));
        await using var context = app.Database.CreateContext();
        Assert.False(await context.Incidents.AnyAsync(i => i.Name == "Backwards incident", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Get_AsViewer_IsDenied()
    {
        using var browser = await app.BrowserAsync(Roles.Viewer);

        using var response = await browser.GetAsync(new Uri("/Incidents/Create", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location?.PathAndQuery ?? response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }
}
