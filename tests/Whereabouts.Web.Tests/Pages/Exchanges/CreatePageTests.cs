using System.Net;
using Whereabouts.Application.Accounts;
using Whereabouts.Application.Demo;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Pages.Exchanges;

public sealed class CreatePageTests(WebApp app) : IClassFixture<WebApp>
{
    private static readonly Guid Report2021 = DemoIds.For("source/report-exchange-2021-12-04");

    [Fact]
    public async Task Get_FindByName_ListsPeopleWithTheIdsToCopy()
    {
        using var browser = await app.BrowserAsync(Roles.Caseworker);

        var page = await WebApp.GetDocumentAsync(browser, $"/Exchanges/Create?find={DemoIds.For("person/clashes-2021/25")}");

        Assert.Equal([DemoIds.For("person/clashes-2021/25").ToString()], page.QuerySelectorAll("#found code").Select(c => c.TextContent));
    }

    [Fact]
    public async Task Post_HeldPersonLineWithName_RecordsTheExchangeAndShowsItsPeople()
    {
        using var browser = await app.BrowserAsync(Roles.Caseworker);
        var person = DemoIds.For("person/clashes-2021/25");

        using var response = await WebApp.PostFormAsync(browser, "/Exchanges/Create", new Dictionary<string, string>
        {
            ["Form.Date"] = "2023-03-01",
            ["Form.Terms"] = "PrisonersForPrisoners",
            ["Form.Mediators"] = "ICRC\r\nRussian peacekeepers\r\n",
            ["Form.EvidenceSourceId"] = Report2021.ToString(),
            ["Form.Credibility"] = "Confirmed",
            ["Form.ToArmenian"] = $"Some name — {person}\r\n",
        }, "#exchange-form");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await WebApp.GetDocumentAsync(browser, response.Headers.Location!.OriginalString);
        Assert.Equal("Exchange of 2023-03-01", page.QuerySelector("h1")?.TextContent);
        Assert.Equal("ICRC, Russian peacekeepers", page.QuerySelector("#exchange-mediators")?.TextContent);
        var row = Assert.Single(page.QuerySelectorAll("table.transfers tbody tr"));
        Assert.Contains("Repatriated", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_LineWithoutIdAndNoSource_ShowsBothMessagesAndSavesNothing()
    {
        using var browser = await app.BrowserAsync(Roles.Administrator);

        using var response = await WebApp.PostFormAsync(browser, "/Exchanges/Create", new Dictionary<string, string>
        {
            ["Form.Date"] = "2023-03-01",
            ["Form.Terms"] = "AllForAll",
            ["Form.ToArmenian"] = "Nobody in particular",
        }, "#exchange-form");
        var page = await WebApp.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var summary = page.QuerySelector(".validation-summary")?.TextContent ?? string.Empty;
        Assert.Contains("'Nobody in particular' holds no person id", summary, StringComparison.Ordinal);
    }
}
