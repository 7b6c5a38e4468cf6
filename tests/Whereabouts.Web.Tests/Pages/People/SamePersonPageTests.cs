using System.Net;
using Whereabouts.Application.Accounts;
using Whereabouts.Application.Demo;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Pages.People;

/// <summary>The "Same person as…" page and the identity on the dossier, with invented people registered by the tests.</summary>
public sealed class SamePersonPageTests(WebApp app) : IClassFixture<WebApp>
{
    [Fact]
    public async Task Get_WithANameInAnotherScript_ListsTheOtherRecordToCompare()
    {
        using var browser = await app.BrowserAsync(Roles.Caseworker);
        var id = await PeopleForms.RegisterAsync(browser, "Findpageyan");
        var other = await PeopleForms.RegisterAsync(browser, "Harutyunyan", "Zarmayr");

        var page = await WebApp.GetDocumentAsync(browser, $"/People/SamePerson/{id}?q=Зармайр");

        var links = page.QuerySelectorAll("#candidates a.compare").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/People/SamePerson/{id}?otherId={other}", links);
    }

    [Fact]
    public async Task PostJudge_Same_JoinsTheRecordsOnBothDossiers_AndUndoSeparatesThem()
    {
        using var browser = await app.BrowserAsync(Roles.Caseworker);
        var first = await PeopleForms.RegisterAsync(browser, "Qarapageyan");
        var second = await PeopleForms.RegisterAsync(browser, "Voskepageyan");
        var (identity, joined) = first.CompareTo(second) < 0 ? (first, second) : (second, first);

        using var judged = await WebApp.PostFormAsync(browser, $"/People/SamePerson/{joined}?otherId={identity}", new Dictionary<string, string>
        {
            ["Decision"] = "Same",
            ["Note"] = "One man, two spellings (invented).",
        }, "#judge");

        Assert.Equal(HttpStatusCode.Redirect, judged.StatusCode);
        var joinedDossier = await WebApp.GetDocumentAsync(browser, $"/People/{joined}");
        var identityDossier = await WebApp.GetDocumentAsync(browser, $"/People/{identity}");
        Assert.NotNull(joinedDossier.QuerySelector("#joined-notice"));
        Assert.Contains($"/People/{identity}", joinedDossier.QuerySelector("#joined-notice")!.InnerHtml, StringComparison.Ordinal);
        Assert.Equal(2, identityDossier.QuerySelectorAll("#identity-records li").Length);
        Assert.Equal(2, identityDossier.QuerySelectorAll("#identity-names tbody tr").Length);
        Assert.Single(identityDossier.QuerySelectorAll("#identity-judgements li"));
        Assert.Contains("joined this record with other records of one person", joinedDossier.Body!.TextContent, StringComparison.Ordinal);

        using var undone = await WebApp.PostFormAsync(browser, $"/People/SamePerson/{joined}", new Dictionary<string, string>
        {
            ["Note"] = "Two men after all (invented).",
        }, "#standing form");

        Assert.Equal(HttpStatusCode.Redirect, undone.StatusCode);
        var after = await WebApp.GetDocumentAsync(browser, $"/People/{joined}");
        Assert.Null(after.QuerySelector("#joined-notice"));
        Assert.Equal(2, after.QuerySelectorAll("#identity-judgements li").Length);
    }

    [Fact]
    public async Task PostJudge_OtherSideWithoutConfirmation_AsksForItAndJoinsNothing()
    {
        using var browser = await app.BrowserAsync(Roles.Caseworker);
        var id = await PeopleForms.RegisterAsync(browser, "Sidepageyan");
        var other = DemoIds.For("person/az-missing/3");

        var compare = await WebApp.GetDocumentAsync(browser, $"/People/SamePerson/{id}?otherId={other}");
        using var response = await WebApp.PostFormAsync(browser, $"/People/SamePerson/{id}?otherId={other}", new Dictionary<string, string>
        {
            ["Decision"] = "Same",
        }, "#judge");

        Assert.NotNull(compare.QuerySelector("#differences"));
        Assert.NotNull(compare.QuerySelector("input[name=Confirmed]"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await WebApp.ParseAsync(response);
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("[data-valmsg-for=Confirmed]")?.TextContent));
        var dossier = await WebApp.GetDocumentAsync(browser, $"/People/{id}");
        Assert.Empty(dossier.QuerySelectorAll("#identity-judgements li"));
    }
}
