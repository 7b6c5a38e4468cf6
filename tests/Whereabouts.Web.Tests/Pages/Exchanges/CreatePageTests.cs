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
            ["Form.FirstParty"] = "armenian",
            ["Form.SecondParty"] = "azerbaijani",
            ["Form.SecondToFirst"] = $"Some name — {person}\r\n",
        }, "#exchange-form");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await WebApp.GetDocumentAsync(browser, response.Headers.Location!.OriginalString);
        Assert.Equal("Exchange of 1 Mar 2023", page.QuerySelector("h1")?.TextContent);
        Assert.Equal("ICRC, Russian peacekeepers", page.QuerySelector("#exchange-mediators")?.TextContent);
        var row = Assert.Single(page.QuerySelectorAll("table.transfers tbody tr"));
        Assert.Contains("Repatriated", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_HeldPersonByName_RecordsTheExchangeForThatPerson()
    {
        using var browser = await app.BrowserAsync(Roles.Caseworker);
        var (person, name) = HeldCaptivesWithUniqueNames()[0];

        using var response = await WebApp.PostFormAsync(browser, "/Exchanges/Create", new Dictionary<string, string>
        {
            ["Form.Date"] = "2023-03-02",
            ["Form.Terms"] = "PrisonersForPrisoners",
            ["Form.EvidenceSourceId"] = Report2021.ToString(),
            ["Form.Credibility"] = "Confirmed",
            ["Form.FirstParty"] = "armenian",
            ["Form.SecondParty"] = "azerbaijani",
            ["Form.SecondToFirst"] = $"  {name.ToUpperInvariant()}  \r\n",
        }, "#exchange-form");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await WebApp.GetDocumentAsync(browser, response.Headers.Location!.OriginalString);
        var row = Assert.Single(page.QuerySelectorAll("table.transfers tbody tr"));
        Assert.Contains($"/People/{person}", row.InnerHtml, StringComparison.Ordinal);
        Assert.Contains("Repatriated", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_UnknownAndAmbiguousNamesAndNoSource_SendsTheFormBackWithEachReasonAndSavesNothing()
    {
        using var browser = await app.BrowserAsync(Roles.Administrator);
        var (resolved, name) = HeldCaptivesWithUniqueNames()[1];
        var exchangesBefore = (await WebApp.GetDocumentAsync(browser, "/Exchanges")).QuerySelectorAll("table tbody tr").Length;

        using var response = await WebApp.PostFormAsync(browser, "/Exchanges/Create", new Dictionary<string, string>
        {
            ["Form.Date"] = "2023-03-01",
            ["Form.Terms"] = "AllForAll",
            ["Form.FirstParty"] = "armenian",
            ["Form.SecondParty"] = "azerbaijani",
            ["Form.SecondToFirst"] = $"Nobody Inparticularyan\r\n{name}\r\nHarutyunyan",
        }, "#exchange-form");
        var page = await WebApp.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reasons = page.QuerySelectorAll("[data-errors-for='Form.SecondToFirst'] li").Select(li => li.TextContent).ToList();
        Assert.Equal(2, reasons.Count);
        Assert.Equal("\"Nobody Inparticularyan\" matches nobody in the registry; register the person first, or check the spelling.", reasons[0]);
        Assert.StartsWith("\"Harutyunyan\" matches ", reasons[1], StringComparison.Ordinal);
        Assert.Contains("put the id of the one you mean on this line", reasons[1], StringComparison.Ordinal);
        Assert.Equal(
            $"Nobody Inparticularyan\n{name} {resolved}\nHarutyunyan",
            page.QuerySelector("textarea[name='Form.SecondToFirst']")?.TextContent.Trim().ReplaceLineEndings("\n"));
        Assert.NotNull(page.QuerySelector("[data-valmsg-for='Form.EvidenceSourceId']")?.TextContent);
        Assert.Equal(exchangesBefore, (await WebApp.GetDocumentAsync(browser, "/Exchanges")).QuerySelectorAll("table tbody tr").Length);
    }

    // The demo's names are drawn at random and repeat; a test that types a name needs it to be
    // nobody else's. Captives 11 to 32 of 2021 are held (25 is another test's).
    private static List<(Guid Id, string Name)> HeldCaptivesWithUniqueNames()
    {
        var people = DemoCatalog.Build().People;
        return [.. Enumerable.Range(11, 22).Where(i => i != 25)
            .Select(i => people.Single(p => p.Id == DemoIds.For($"person/clashes-2021/{i}")))
            .Where(p => people.Count(o => string.Equals(o.PrimaryName.FullName, p.PrimaryName.FullName, StringComparison.OrdinalIgnoreCase)) == 1)
            .Select(p => (p.Id, p.PrimaryName.FullName))];
    }
}
