using Whereabouts.Application.Accounts;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Pages.Incidents;

public sealed class IndexPageTests(WebApp app) : IClassFixture<WebApp>
{
    [Fact]
    public async Task Get_AsViewer_ListsTheDemoIncidentsWithTheirPlaces()
    {
        using var browser = await app.BrowserAsync(Roles.Viewer);

        var page = await WebApp.GetDocumentAsync(browser, "/Incidents");

        var rows = page.QuerySelectorAll("#results tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains("Fighting at Hin Tagher and Khtsabert", StringComparison.Ordinal) && r.Contains("Khtsabert", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("Prisoner exchange of 14 December 2020", StringComparison.Ordinal));
        Assert.Null(page.QuerySelector("a[href='/Incidents/Create']"));
    }

    [Fact]
    public async Task Get_WithAQuery_ListsOnlyTheMatchingIncidents()
    {
        using var browser = await app.BrowserAsync(Roles.Viewer);

        var page = await WebApp.GetDocumentAsync(browser, "/Incidents?q=EXCHANGE");

        var names = page.QuerySelectorAll("#results tbody td:first-child a").Select(a => a.TextContent).ToList();
        Assert.NotEmpty(names);
        Assert.All(names, n => Assert.Contains("exchange", n, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Get_AsCaseworker_OffersToRecordAnIncident()
    {
        using var browser = await app.BrowserAsync(Roles.Caseworker);

        var page = await WebApp.GetDocumentAsync(browser, "/Incidents");

        Assert.NotNull(page.QuerySelector("a[href='/Incidents/Create']"));
    }
}
