using System.Net;
using Whereabouts.Application.Accounts;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Pages.People;

public sealed class AddFatePageTests(WebApp app) : IClassFixture<WebApp>
{
    [Fact]
    public async Task Post_MissingSource_ShowsTheMessageNextToTheSourceAndSavesNothing()
    {
        var id = DemoPeople.Repatriated.Id;
        using var browser = await app.BrowserAsync(Roles.Caseworker);
        var before = await PeopleForms.FateCountAsync(app, id);

        using var response = await WebApp.PostFormAsync(browser, $"/People/AddFate/{id}", new Dictionary<string, string>
        {
            ["Fate.Status"] = "Detained",
            ["Fate.AsOf"] = "2021-01",
            ["Fate.Locator"] = "row 9",
            ["Fate.Credibility"] = "3",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await WebApp.ParseAsync(response);
        Assert.Contains("source", page.QuerySelector("[data-valmsg-for='Fate.SourceId']")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(string.Empty, page.QuerySelector("[data-valmsg-for='Fate.AsOf']")?.TextContent.Trim());
        Assert.Equal("2021-01", page.QuerySelector("input[name='Fate.AsOf']")?.GetAttribute("value"));
        Assert.Equal(before, await PeopleForms.FateCountAsync(app, id));
    }

    [Fact]
    public async Task Post_BadDate_ShowsTheMessageNextToAsOf()
    {
        using var browser = await app.BrowserAsync(Roles.Caseworker);
        var id = await PeopleForms.RegisterAsync(browser, "Datyan");

        using var response = await WebApp.PostFormAsync(browser, $"/People/AddFate/{id}", new Dictionary<string, string>
        {
            ["Fate.Status"] = "Missing",
            ["Fate.AsOf"] = "12 December",
            ["Fate.Locator"] = "row 9",
            ["Fate.Credibility"] = "3",
        });

        var page = await WebApp.ParseAsync(response);
        Assert.Contains("not a date", page.QuerySelector("[data-valmsg-for='Fate.AsOf']")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ValidAssertion_RedirectsToTheDossierWhichShowsItAndWhoRecordedIt()
    {
        using var browser = await app.BrowserAsync(Roles.Caseworker);
        var id = await PeopleForms.RegisterAsync(browser, "Fatyan");
        var form = await WebApp.GetDocumentAsync(browser, $"/People/AddFate/{id}");
        var source = form.QuerySelectorAll("select[name='Fate.SourceId'] option").Select(o => o.GetAttribute("value")).First(v => !string.IsNullOrEmpty(v));

        using var response = await WebApp.PostFormAsync(browser, $"/People/AddFate/{id}", new Dictionary<string, string>
        {
            ["Fate.Status"] = "ReportedCaptured",
            ["Fate.AsOf"] = "~2020-12-13",
            ["Fate.SourceId"] = source!,
            ["Fate.Locator"] = "00:41",
            ["Fate.Credibility"] = "6",
            ["Fate.Note"] = "A man in the clip resembles him.",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/People/{id}", response.Headers.Location?.ToString());
        var dossier = await WebApp.GetDocumentAsync(browser, $"/People/{id}");
        var entry = Assert.Single(dossier.QuerySelectorAll("ol.timeline > li"));
        Assert.Contains("Reported captured", entry.TextContent, StringComparison.Ordinal);
        Assert.Contains("about 13 Dec 2020", entry.TextContent, StringComparison.Ordinal);
        Assert.Contains("00:41", entry.TextContent, StringComparison.Ordinal);
        Assert.Contains("cannot be judged", entry.TextContent, StringComparison.Ordinal);
        Assert.Contains(dossier.QuerySelectorAll("#history-list .history-sentence"), line => line.TextContent.Contains("recorded the fate “Reported captured” as of about 13 Dec 2020", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_ImpossibleAfterAConfirmedFate_ShowsTheRuleAndSavesNothing()
    {
        // Every Hadrut serviceman found alive (57) was confirmed found on a date in late December.
        var id = Whereabouts.Application.Demo.DemoIds.For("person/hin-tagher/57");
        using var browser = await app.BrowserAsync(Roles.Caseworker);
        var before = await PeopleForms.FateCountAsync(app, id);
        var form = await WebApp.GetDocumentAsync(browser, $"/People/AddFate/{id}");
        var source = form.QuerySelectorAll("select[name='Fate.SourceId'] option").Select(o => o.GetAttribute("value")).First(v => !string.IsNullOrEmpty(v));

        using var response = await WebApp.PostFormAsync(browser, $"/People/AddFate/{id}", new Dictionary<string, string>
        {
            ["Fate.Status"] = "Deceased",
            ["Fate.AsOf"] = "2020-12-12",
            ["Fate.SourceId"] = source!,
            ["Fate.Locator"] = "row 1",
            ["Fate.Credibility"] = "2",
        });

        var page = await WebApp.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("confirmed", page.QuerySelector(".validation-summary")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await PeopleForms.FateCountAsync(app, id));
    }
}
