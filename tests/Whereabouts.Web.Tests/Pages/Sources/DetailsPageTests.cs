using System.Net;
using Whereabouts.Application.Accounts;
using Whereabouts.Application.Common;
using Whereabouts.Application.Demo;
using Whereabouts.Application.Sources;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Pages.Sources;

public sealed class DetailsPageTests(WebApp app) : IClassFixture<WebApp>
{
    [Fact]
    public async Task Get_MinistryStatement_ShowsItsDetailsAndTheDeniedFigureBesideTheOthers()
    {
        using var browser = await app.BrowserAsync(Roles.Viewer);

        var page = await WebApp.GetDocumentAsync(browser, $"/Sources/{DemoIds.For("source/mod-armenia-hadrut-missing")}");

        Assert.Equal("Ministry of Defence statement on servicemen missing in Hadrut region", page.QuerySelector("h1")?.TextContent);
        Assert.Contains("Ministry of Defence of Armenia", page.QuerySelector("#source-details")?.TextContent, StringComparison.Ordinal);
        var claims = page.QuerySelectorAll("table.claims tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(claims, r => r.Contains("171 missing", StringComparison.Ordinal) && r.Contains("Denied", StringComparison.Ordinal));
        Assert.Contains(claims, r => r.Contains("73 missing", StringComparison.Ordinal) && r.Contains("Asserted", StringComparison.Ordinal));
        Assert.Equal("nothing archived", page.QuerySelector("#content-hash")?.TextContent);
    }

    [Fact]
    public async Task Get_SourceCitedByFates_CountsThePeopleAndLinksToThem()
    {
        var catalog = DemoCatalog.Build();
        var cited = catalog.People
            .SelectMany(p => p.FateAssertions.Select(a => (Person: p.Id, Source: a.Evidence.SourceId)))
            .Distinct()
            .GroupBy(x => x.Source)
            .OrderByDescending(g => g.Count())
            .First();
        using var browser = await app.BrowserAsync(Roles.Viewer);

        var page = await WebApp.GetDocumentAsync(browser, $"/Sources/{cited.Key}");

        Assert.StartsWith($"{cited.Count()} people", page.QuerySelector("#people-count")?.TextContent.Trim(), StringComparison.Ordinal);
        var links = page.QuerySelectorAll("#people-list a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(Math.Min(cited.Count(), SourceReader.CitingPeopleShown), links.Count);
        Assert.All(links, href => Assert.Matches("^/People/[0-9a-f-]{36}$", href));
    }

    [Fact]
    public async Task Get_TitleWithAScriptTag_ShowsItAsTextNotAsMarkup()
    {
        const string title = "<script>alert(1)</script> list";
        var editor = new SourceEditor(app.Database, new FixedActor("test"), TimeProvider.System);
        var source = await editor.CreateAsync(new SourceInput("List", title, Notes: "<b>bold</b>"), TestContext.Current.CancellationToken);
        using var browser = await app.BrowserAsync(Roles.Viewer);

        using var response = await browser.GetAsync(new Uri($"/Sources/{source.Id}", UriKind.Relative), TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var page = await WebApp.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>bold</b>", html, StringComparison.Ordinal);
        Assert.Equal(title, page.QuerySelector("h1")?.TextContent);
        Assert.Empty(page.QuerySelectorAll("main script"));
    }

    [Fact]
    public async Task Get_UnknownId_Is404()
    {
        using var browser = await app.BrowserAsync(Roles.Viewer);

        using var response = await browser.GetAsync(new Uri($"/Sources/{Guid.NewGuid()}", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Get_ListWithAnEarlierVersion_ShowsBothVersionsAndLinksToWhatChanged()
    {
        var lists = await ListVersionLists.ImportAsync(app);
        using var browser = await app.BrowserAsync(Roles.Viewer);

        var second = await WebApp.GetDocumentAsync(browser, $"/Sources/{lists.Second}");
        var first = await WebApp.GetDocumentAsync(browser, $"/Sources/{lists.First}");

        Assert.Equal($"/Sources/{lists.First}", second.QuerySelector("#earlier-version")?.GetAttribute("href"));
        Assert.Equal($"/Sources/{lists.Second}/Changes", second.QuerySelector("#changes-link")?.GetAttribute("href"));
        Assert.Equal($"/Sources/{lists.Second}", first.QuerySelector("#versions-box .later-version")?.GetAttribute("href"));
        Assert.Null(first.QuerySelector("#changes-link"));
    }
}
