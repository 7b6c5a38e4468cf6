using System.Net;
using Whereabouts.Application.Accounts;
using Whereabouts.Domain;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Pages.People;

public sealed partial class DetailsPageTests(WebApp app) : IClassFixture<WebApp>
{
    [Fact]
    public async Task Get_DemoPerson_ShowsEveryNameFormWithItsScript()
    {
        var person = DemoPeople.Harutyunyan;
        using var browser = await app.BrowserAsync(Roles.Viewer);

        var page = await WebApp.GetDocumentAsync(browser, $"/People/{person.Id}");

        // An English reader sees the forms in Latin letters first, then the others in the registry's order.
        var expected = person.Names.OrderBy(n => n.Script == NameScript.Latin ? 0 : 1).ToList();
        var rows = page.QuerySelectorAll("#name-forms tbody tr");
        Assert.Equal(expected.Select(n => n.FullName), rows.Select(r => r.Children[0].TextContent.Trim()));
        Assert.Equal(expected.Select(n => n.Script + " script"), rows.Select(r => r.Children[1].TextContent.Trim()));
        Assert.Equal(expected[0].FullName, page.QuerySelector("h1")?.TextContent.Trim());
    }

    [Fact]
    public async Task Get_ContestedPerson_ShowsTheTimelineWithSourcesAndAContestedMarkerWithTheConflict()
    {
        var person = DemoPeople.Contested;
        using var browser = await app.BrowserAsync(Roles.Viewer);

        var page = await WebApp.GetDocumentAsync(browser, $"/People/{person.Id}");

        var entries = page.QuerySelectorAll("ol.timeline > li");
        Assert.Equal(person.FateAssertions.Count, entries.Length);
        Assert.All(entries, li => Assert.NotNull(li.QuerySelector("a[href^='/Sources/']")));
        Assert.Equal("Contested", page.QuerySelector("#contested")?.TextContent.Trim());
        var conflict = Assert.Single(page.QuerySelectorAll("#conflicts li"));
        Assert.Contains("Deceased", conflict.TextContent, StringComparison.Ordinal);
        Assert.Contains("Capture confirmed", conflict.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(page.QuerySelectorAll("#incident-list li"));
        Assert.NotEmpty(page.QuerySelectorAll("#history-list .history-sentence"));
    }

    [Fact]
    public async Task Get_AsViewer_OffersNoEditLinks()
    {
        using var browser = await app.BrowserAsync(Roles.Viewer);

        var page = await WebApp.GetDocumentAsync(browser, $"/People/{DemoPeople.Contested.Id}");

        Assert.Null(page.QuerySelector("a[href^='/People/AddFate/']"));
    }

    [Fact]
    public async Task Get_AsCaseworker_LinksToTheForms()
    {
        var id = DemoPeople.Contested.Id;
        using var browser = await app.BrowserAsync(Roles.Caseworker);

        var page = await WebApp.GetDocumentAsync(browser, $"/People/{id}");

        Assert.NotNull(page.QuerySelector($"a[href='/People/AddFate/{id}']"));
        Assert.NotNull(page.QuerySelector($"a[href='/People/AddName/{id}']"));
        Assert.NotNull(page.QuerySelector($"a[href='/People/EditDetails/{id}']"));
    }

    [Fact]
    public async Task Get_UnknownId_IsNotFound()
    {
        using var browser = await app.BrowserAsync(Roles.Viewer);

        using var response = await browser.GetAsync(new Uri($"/People/{Guid.NewGuid()}", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
