using System.Net;
using Whereabouts.Application.Accounts;
using Whereabouts.Application.Demo;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Pages.Incidents;

public sealed class DetailsPageTests(WebApp app) : IClassFixture<WebApp>
{
    private static readonly Guid HinTagherFighting = DemoIds.For("incident/hin-tagher-khtsabert");

    [Fact]
    public async Task Get_HinTagherFighting_ShowsPlacesPartiesClaimsAndPeople()
    {
        var people = DemoCatalog.Build().People.Count(p => p.FateAssertions.Any(a => a.IncidentId == HinTagherFighting));
        using var browser = await app.BrowserAsync(Roles.Viewer);

        var page = await WebApp.GetDocumentAsync(browser, $"/Incidents/{HinTagherFighting}");

        Assert.Equal("Fighting at Hin Tagher and Khtsabert", page.QuerySelector("h1")?.TextContent);
        Assert.Equal(["Hin Tagher", "Khtsabert", "Hadrut region"], page.QuerySelectorAll("#place-list a").Select(a => a.TextContent));
        Assert.Contains("Russian peacekeepers", page.QuerySelectorAll("#party-list li").Select(li => li.TextContent));
        var claims = page.QuerySelectorAll("table.claims tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(claims, r => r.Contains("171 missing", StringComparison.Ordinal) && r.Contains("Denied", StringComparison.Ordinal));
        Assert.Contains(claims, r => r.Contains("about 60 missing", StringComparison.Ordinal));
        Assert.Contains(claims, r => r.Contains("no number stated captured", StringComparison.Ordinal));
        var link = page.QuerySelector("#people-count a");
        Assert.Equal($"/People?incident={HinTagherFighting}", link?.GetAttribute("href"));
        Assert.StartsWith($"{people} people", link?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_UnknownId_Is404()
    {
        using var browser = await app.BrowserAsync(Roles.Viewer);

        using var response = await browser.GetAsync(new Uri($"/Incidents/{Guid.NewGuid()}", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
