using System.Net;
using Whereabouts.Application.Accounts;
using Whereabouts.Web.Tests.Pages.Sources;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Pages.Review;

public sealed class DeparturesPageTests(WebApp app) : IClassFixture<WebApp>
{
    [Fact]
    public async Task Get_PersonGoneFromANewerList_IsListedWithTheAcknowledgeForm()
    {
        var lists = await ListVersionLists.ImportAsync(app);
        using var browser = await app.BrowserAsync(Roles.Caseworker);

        var page = await WebApp.GetDocumentAsync(browser, "/Review/Departures");

        var row = Assert.Single(page.QuerySelectorAll("#departures tbody tr"), r => r.TextContent.Contains(lists.FamilyName, StringComparison.Ordinal));
        Assert.Contains($"Gurgenik {lists.FamilyName}", row.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/Sources/{lists.Second}/Changes", row.QuerySelector($"a[href='/Sources/{lists.Second}/Changes']")?.GetAttribute("href"));
        Assert.NotNull(row.QuerySelector("form.acknowledge input[name='__RequestVerificationToken']"));
    }

    [Fact]
    public async Task PostAcknowledge_TakesTheDepartureOffTheListAndTheDossier()
    {
        var lists = await ListVersionLists.ImportAsync(app);
        using var browser = await app.BrowserAsync(Roles.Caseworker);
        var dossierBefore = await WebApp.GetDocumentAsync(browser, $"/People/{lists.GonePersonId}");
        Assert.Contains("Gone from", dossierBefore.QuerySelector(".departure-notice")?.TextContent, StringComparison.Ordinal);

        using var response = await WebApp.PostFormAsync(browser, "/Review/Departures", new Dictionary<string, string> { ["Note"] = "Invented note." }, $"#ack-{lists.GoneEntryId:N}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(1, await ListVersionLists.AcknowledgementsAsync(app, lists.GoneEntryId));
        var page = await WebApp.GetDocumentAsync(browser, "/Review/Departures");
        Assert.DoesNotContain(page.QuerySelectorAll("#departures tbody tr"), r => r.TextContent.Contains(lists.FamilyName, StringComparison.Ordinal));
        Assert.NotNull(page.QuerySelector("#notice"));
        var dossierAfter = await WebApp.GetDocumentAsync(browser, $"/People/{lists.GonePersonId}");
        Assert.True(dossierAfter.QuerySelector(".departure-notice") is null, dossierAfter.QuerySelector(".departure-notice")?.InnerHtml);
    }

    [Fact]
    public async Task Dashboard_AsCaseworker_CountsPendingDeparturesWithALink()
    {
        await ListVersionLists.ImportAsync(app);
        using var browser = await app.BrowserAsync(Roles.Caseworker);

        var page = await WebApp.GetDocumentAsync(browser, "/Dashboard");

        Assert.Equal("/Review/Departures", page.QuerySelector("#pending-departures a")?.GetAttribute("href"));
        Assert.Matches(@"\d+ (people|person) gone from", page.QuerySelector("#pending-departures")?.TextContent);
    }
}
