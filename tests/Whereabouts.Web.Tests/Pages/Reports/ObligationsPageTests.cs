using System.Net;
using Whereabouts.Application.Accounts;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Pages.Reports;

/// <summary>The obligations report on the demo data, as the page, its print view and its CSV give it (the hand count is in the Application tests).</summary>
public sealed class ObligationsPageTests(WebApp app) : IClassFixture<WebApp>
{
    private const string December2020 = "/Reports/Obligations?party=azerbaijani&from=2020-12-01&to=2020-12-31";

    [Fact]
    public async Task Get_PrintView_HasNoNavigationAndTheHandCountedFigures()
    {
        using var browser = await app.BrowserAsync(Roles.Counsel);

        var page = await WebApp.GetDocumentAsync(browser, December2020 + "&print=1");

        Assert.Null(page.QuerySelector("nav"));
        Assert.Null(page.QuerySelector("header"));
        Assert.Null(page.QuerySelector("#obligations-filter"));
        Assert.Equal("print-view", page.Body?.ClassName);
        Assert.Contains("Confidential", page.QuerySelector("#print-header")?.TextContent, StringComparison.Ordinal);

        // 25 captives of December 2020, 12 notified, 6 of them late, 13 never (see ObligationsQueryTests).
        Assert.Equal("25", Count(page, "captives"));
        Assert.Equal("12", Count(page, "notified"));
        Assert.Equal("6", Count(page, "late"));
        Assert.Equal("13", Count(page, "never-notified"));
        Assert.Equal(25, page.QuerySelectorAll("#captives tbody tr").Length);
        Assert.Equal(6, page.QuerySelectorAll("#people-late a[href^='/People/']").Length);
    }

    [Fact]
    public async Task Get_ScreenView_LinksToThePrintViewAndTheCsv()
    {
        using var browser = await app.BrowserAsync(Roles.Viewer);

        var page = await WebApp.GetDocumentAsync(browser, December2020);

        Assert.NotNull(page.QuerySelector("nav"));
        Assert.Contains("print=1", page.QuerySelector("#print-view")?.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal("#people-late", page.QuerySelector("#figure-late a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Get_Csv_GivesOneRowPerCaptive()
    {
        using var browser = await app.BrowserAsync(Roles.Analyst);

        using var response = await browser.GetAsync(new Uri(December2020 + "&format=csv", UriKind.Relative), TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("person_id,name,invented,detaining_party,party_rule,captured_on", lines[0], StringComparison.Ordinal);
        Assert.Equal(26, lines.Length);
        Assert.Equal(6, lines.Skip(1).Count(l => l.Split(",")[9] == "true"));
    }

    [Fact]
    public async Task Get_UnknownPartyAndBackwardsPeriod_SaysWhatIsWrong()
    {
        using var browser = await app.BrowserAsync(Roles.Viewer);

        var page = await WebApp.GetDocumentAsync(browser, "/Reports/Obligations?party=atlantis&from=2021-01-01&to=2020-01-01");

        var summary = page.QuerySelector(".validation-summary")?.TextContent;
        Assert.Contains("'atlantis' is not a party", summary, StringComparison.Ordinal);
        Assert.Contains("ends", summary, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#obligations-figures"));
    }

    private static string? Count(AngleSharp.Html.Dom.IHtmlDocument page, string figure) => page.QuerySelector($"#figure-{figure} td")?.TextContent.Trim();
}
