using System.Net;
using AngleSharp.Html.Dom;
using Whereabouts.Application.Accounts;
using Whereabouts.Domain;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Pages.People;

public sealed class SearchPageTests(WebApp app) : IClassFixture<WebApp>
{
    [Theory]
    [InlineData("Арутюнян")]
    [InlineData("Harutiunian")]
    [InlineData("Հարությունյան")]
    public async Task Get_SurnameInAnyScriptOrSpelling_FindsTheDemoHarutyunyan(string query)
    {
        using var browser = await app.BrowserAsync(Roles.Viewer);

        var page = await WebApp.GetDocumentAsync(browser, "/People?q=" + Uri.EscapeDataString(query));

        Assert.Contains(DemoPeople.Harutyunyan.Id, ResultIds(page));
    }

    [Theory]
    [InlineData("Harutyunyab")]
    [InlineData("Арутюнсн")]
    [InlineData("Հարությունյսն")]
    public async Task Get_SurnameOneLetterOff_FindsTheDemoHarutyunyanAndSaysWhy(string query)
    {
        using var browser = await app.BrowserAsync(Roles.Viewer);

        var page = await WebApp.GetDocumentAsync(browser, "/People?q=" + Uri.EscapeDataString(query));

        var row = page.QuerySelectorAll("#results tbody tr").Single(r => r.QuerySelector($"a[href='/People/{DemoPeople.Harutyunyan.Id}']") is not null);
        Assert.Equal($"Spelled “{query}” in the search: one letter off", row.QuerySelector(".near-spelling")?.TextContent.Trim());
        Assert.Contains("Spellings one letter off follow the names as spelled.", page.QuerySelector("#result-count")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_TheThreeScripts_FindTheSamePeople()
    {
        using var browser = await app.BrowserAsync(Roles.Viewer);

        var cyrillic = ResultIds(await WebApp.GetDocumentAsync(browser, "/People?q=" + Uri.EscapeDataString("Арутюнян")));
        var latin = ResultIds(await WebApp.GetDocumentAsync(browser, "/People?q=Harutiunian"));
        var armenian = ResultIds(await WebApp.GetDocumentAsync(browser, "/People?q=" + Uri.EscapeDataString("Հարությունյան")));

        Assert.Equal(cyrillic.Order(), latin.Order());
        Assert.Equal(cyrillic.Order(), armenian.Order());
    }

    [Theory]
    [InlineData("hy", NameScript.Armenian)]
    [InlineData("ru", NameScript.Cyrillic)]
    [InlineData("az", NameScript.Latin)]
    [InlineData("en", NameScript.Latin)]
    public async Task Get_ReadersLanguage_ListsThePersonUnderTheFormInItsScriptWithTheOthersBeside(string language, NameScript script)
    {
        var person = DemoPeople.Harutyunyan;
        using var browser = await app.BrowserAsync(Roles.Viewer);
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        var page = await WebApp.GetDocumentAsync(browser, "/People?q=" + Uri.EscapeDataString("Арутюнян"));

        var row = page.QuerySelectorAll("#results tbody tr").Single(r => r.QuerySelector($"a[href='/People/{person.Id}']") is not null);
        Assert.Equal(person.Names.First(n => n.Script == script).FullName, row.QuerySelector($"a[href='/People/{person.Id}']")?.TextContent.Trim());
        var others = row.QuerySelector(".other-names")?.TextContent;
        Assert.All(person.Names.Where(n => n.Script != script), n => Assert.Contains(n.FullName, others, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_ContestedFilter_ListsOnlyContestedPeopleEachMarked()
    {
        using var browser = await app.BrowserAsync(Roles.Viewer);

        var page = await WebApp.GetDocumentAsync(browser, "/People?contested=true");

        var rows = page.QuerySelectorAll("#results tbody tr");
        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.NotNull(row.QuerySelector(".contested")));
        Assert.Contains(DemoPeople.Contested.Id, ResultIds(page));
    }

    [Fact]
    public async Task Get_FateAndSideAsTheDashboardLinksThem_ListsTheFourteenReturnedToAzerbaijan()
    {
        using var browser = await app.BrowserAsync(Roles.Viewer);

        var page = await WebApp.GetDocumentAsync(browser, "/People?fate=Repatriated&side=Azerbaijani");

        Assert.Equal(14, ResultIds(page).Count);
        Assert.StartsWith("14 people match", page.QuerySelector("#result-count")?.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_MoreThanOnePage_PageLinksKeepTheFilters()
    {
        using var browser = await app.BrowserAsync(Roles.Viewer);

        var first = await WebApp.GetDocumentAsync(browser, "/People?side=Armenian");
        var next = first.QuerySelector(".pager a[rel=next]")?.GetAttribute("href");

        Assert.NotNull(next);
        Assert.Contains("side=Armenian", next, StringComparison.Ordinal);
        Assert.Contains("pageNumber=2", next, StringComparison.Ordinal);
        var second = await WebApp.GetDocumentAsync(browser, next);
        Assert.Empty(ResultIds(first).Intersect(ResultIds(second)));
        Assert.NotEmpty(ResultIds(second));
    }

    [Fact]
    public async Task Get_Anonymous_RedirectsToSignIn()
    {
        using var client = app.Anonymous();

        using var response = await client.GetAsync(new Uri("/People", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    private static List<Guid> ResultIds(IHtmlDocument page) =>
    [
        .. page.QuerySelectorAll("#results tbody tr td:first-child a")
            .Select(a => a.GetAttribute("href") ?? string.Empty)
            .Where(href => href.StartsWith("/People/", StringComparison.Ordinal))
            .Select(href => Guid.Parse(href["/People/".Length..])),
    ];
}
