using System.Net;
using Whereabouts.Application.Accounts;
using Whereabouts.Application.Demo;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Pages.Exchanges;

public sealed class EditPageTests(WebApp app) : IClassFixture<WebApp>
{
    private static readonly Guid Exchange2020 = DemoIds.For("exchange/2020-12-14");
    private static readonly Guid Exchange2021 = DemoIds.For("exchange/2021-12-04");

    [Fact]
    public async Task Post_NewRouteAndMediators_SavesThemAndKeepsEveryPersonHandedOver()
    {
        using var browser = await app.BrowserAsync(Roles.Caseworker);
        var before = await WebApp.GetDocumentAsync(browser, $"/Exchanges/{Exchange2021}");
        var people = before.QuerySelectorAll("table.transfers tbody tr").Select(tr => tr.TextContent).ToList();
        Assert.NotNull(before.QuerySelector($"a#edit-exchange[href='/Exchanges/Edit/{Exchange2021}']"));

        using var response = await WebApp.PostEveryFieldAsync(browser, $"/Exchanges/Edit/{Exchange2021}", "#exchange-edit", new Dictionary<string, string>
        {
            ["Form.Terms"] = "PrisonersForMinefieldMaps",
            ["Form.Route"] = "Across the border at Margara (test)",
            ["Form.Mediators"] = "ICRC\r\nRussian peacekeepers\r\n",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await WebApp.GetDocumentAsync(browser, $"/Exchanges/{Exchange2021}");
        Assert.Equal("ICRC, Russian peacekeepers", after.QuerySelector("#exchange-mediators")?.TextContent);
        Assert.Contains("Across the border at Margara (test)", after.QuerySelector("#exchange-details")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(people, after.QuerySelectorAll("table.transfers tbody tr").Select(tr => tr.TextContent));
        Assert.StartsWith("Armenia", ListedAfter(before, "Parties"), StringComparison.Ordinal);
        Assert.Equal(ListedAfter(before, "Parties"), ListedAfter(after, "Parties"));
        Assert.Equal("The exchange's description was saved.", after.QuerySelector(".notice")?.TextContent);
    }

    [Fact]
    public async Task Post_OtherTermsWithoutWords_ShowsTheMessageNextToTheFieldAndSavesNothing()
    {
        using var browser = await app.BrowserAsync(Roles.Administrator);
        var terms = (await WebApp.GetDocumentAsync(browser, $"/Exchanges/{Exchange2020}")).QuerySelector("#exchange-terms")?.TextContent;

        using var response = await WebApp.PostEveryFieldAsync(browser, $"/Exchanges/Edit/{Exchange2020}", "#exchange-edit", new Dictionary<string, string>
        {
            ["Form.Terms"] = "Other",
            ["Form.TermsText"] = " ",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await WebApp.ParseAsync(response);
        Assert.Contains("Say in words what was traded", page.QuerySelector("[data-valmsg-for='Form.TermsText']")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(terms, (await WebApp.GetDocumentAsync(browser, $"/Exchanges/{Exchange2020}")).QuerySelector("#exchange-terms")?.TextContent);
    }

    [Fact]
    public async Task Get_AsViewer_IsDeniedAndTheExchangePageOffersNoEdit()
    {
        using var browser = await app.BrowserAsync(Roles.Viewer);

        using var response = await browser.GetAsync(new Uri($"/Exchanges/Edit/{Exchange2020}", UriKind.Relative), TestContext.Current.CancellationToken);
        var page = await WebApp.GetDocumentAsync(browser, $"/Exchanges/{Exchange2020}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/AccessDenied", response.Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#edit-exchange"));
    }

    private static string? ListedAfter(AngleSharp.Html.Dom.IHtmlDocument page, string term) =>
        page.QuerySelectorAll("#exchange-details dt").FirstOrDefault(dt => dt.TextContent == term)?.NextElementSibling?.TextContent;
}
