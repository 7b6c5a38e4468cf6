using System.Net;
using Whereabouts.Application.Accounts;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Pages.Sources;

public sealed class IndexPageTests(WebApp app) : IClassFixture<WebApp>
{
    [Fact]
    public async Task Get_AsViewer_ListsTheDemoSourcesWithoutOfferingToAddOne()
    {
        using var browser = await app.BrowserAsync(Roles.Viewer);

        var page = await WebApp.GetDocumentAsync(browser, "/Sources");

        var titles = page.QuerySelectorAll("#results tbody td:first-child a").Select(a => a.TextContent).ToList();
        Assert.Contains("Ministry of Defence statement on servicemen missing in Hadrut region", titles);
        Assert.Contains("in the registry", page.QuerySelector("#result-count")?.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("a[href='/Sources/Create']"));
    }

    [Fact]
    public async Task Get_WithAQuery_ListsOnlyTheMatchingSources()
    {
        using var browser = await app.BrowserAsync(Roles.Viewer);

        var page = await WebApp.GetDocumentAsync(browser, "/Sources?q=ombudsman");

        var titles = page.QuerySelectorAll("#results tbody td:first-child a").Select(a => a.TextContent).ToList();
        Assert.NotEmpty(titles);
        Assert.All(page.QuerySelectorAll("#results tbody tr"), row => Assert.Contains("ombudsman", row.TextContent, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Get_AsAnalyst_OffersToAddASource()
    {
        using var browser = await app.BrowserAsync(Roles.Analyst);

        var page = await WebApp.GetDocumentAsync(browser, "/Sources");

        Assert.NotNull(page.QuerySelector("a[href='/Sources/Create']"));
    }

    [Fact]
    public async Task Get_Anonymous_RedirectsToSignIn()
    {
        using var client = app.Anonymous();

        using var response = await client.GetAsync(new Uri("/Sources", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }
}
