using System.Net;
using Whereabouts.Application.Accounts;
using Whereabouts.Application.Demo;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Pages.Places;

public sealed class DetailsPageTests(WebApp app) : IClassFixture<WebApp>
{
    [Fact]
    public async Task Get_Khtsabert_ShowsEveryNameWithItsScriptThePositionParentAndIncidents()
    {
        using var browser = await app.BrowserAsync(Roles.Viewer);

        var page = await WebApp.GetDocumentAsync(browser, $"/Places/{DemoIds.For("place/khtsabert")}");

        Assert.Equal("Khtsabert", page.QuerySelector("h1")?.TextContent);
        var names = page.QuerySelectorAll("#name-table tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(names, r => r.Contains("Խծաբերդ", StringComparison.Ordinal) && r.Contains("Armenian", StringComparison.Ordinal));
        Assert.Contains(names, r => r.Contains("Хцаберд", StringComparison.Ordinal) && r.Contains("Cyrillic", StringComparison.Ordinal) && r.Contains("Russian (ru)", StringComparison.Ordinal));
        Assert.Contains(names, r => r.Contains("Çaylaqqala", StringComparison.Ordinal) && r.Contains("Azerbaijani (az)", StringComparison.Ordinal));
        Assert.Equal("39.467° N, 46.95° E", page.QuerySelector("#coordinates")?.TextContent);
        Assert.Contains("Hadrut region", page.QuerySelector("#place-details")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Fighting at Hin Tagher and Khtsabert", page.QuerySelectorAll("#incident-list a").Select(a => a.TextContent));
    }

    [Fact]
    public async Task Get_UnknownId_Is404()
    {
        using var browser = await app.BrowserAsync(Roles.Viewer);

        using var response = await browser.GetAsync(new Uri($"/Places/{Guid.NewGuid()}", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
