using System.Net;
using Whereabouts.Application.Accounts;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Pages.People;

/// <summary>Withdrawing a spelling through the page, on invented people the tests register.</summary>
public sealed class WithdrawNamePageTests(WebApp app) : IClassFixture<WebApp>
{
    [Fact]
    public async Task Post_WithAReason_TheDossierListsTheSpellingStruckThroughAndNoLongerAsAName()
    {
        using var browser = await app.BrowserAsync(Roles.Caseworker);
        var id = await PersonWithTwoSpellingsAsync(browser, "Spellyan", "Zzwrongspellyan");

        using var response = await WebApp.PostFormAsync(browser, $"/People/WithdrawName/{id}/1", new Dictionary<string, string>
        {
            ["Withdrawal.Reason"] = "Typed into the wrong record.",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var dossier = await WebApp.GetDocumentAsync(browser, $"/People/{id}");
        Assert.DoesNotContain("Zzwrongspellyan", dossier.QuerySelector("#name-forms")?.TextContent, StringComparison.Ordinal);
        var withdrawn = dossier.QuerySelector("#withdrawn-name-1");
        Assert.Equal("Aram Zzwrongspellyan", withdrawn?.QuerySelector("del")?.TextContent);
        Assert.Contains("Typed into the wrong record.", withdrawn?.TextContent, StringComparison.Ordinal);
        Assert.Contains(dossier.QuerySelectorAll("#history-list .history-sentence"), line => line.TextContent.Contains("withdrew the spelling Aram Zzwrongspellyan: Typed into the wrong record.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_NoReason_ShowsTheMessageNextToTheReason()
    {
        using var browser = await app.BrowserAsync(Roles.Caseworker);
        var id = await PersonWithTwoSpellingsAsync(browser, "Reasonyan", "Reasonian");

        using var response = await WebApp.PostFormAsync(browser, $"/People/WithdrawName/{id}/1", new Dictionary<string, string>
        {
            ["Withdrawal.Reason"] = " ",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await WebApp.ParseAsync(response);
        Assert.Contains("why", page.QuerySelector("[data-valmsg-for='Withdrawal.Reason']")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_NoSuchSpelling_Is404()
    {
        using var browser = await app.BrowserAsync(Roles.Caseworker);
        var id = await PeopleForms.RegisterAsync(browser, "Onespellyan");

        using var response = await browser.GetAsync(new Uri($"/People/WithdrawName/{id}/3", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<Guid> PersonWithTwoSpellingsAsync(HttpClient browser, string familyName, string otherFamilyName)
    {
        var id = await PeopleForms.RegisterAsync(browser, familyName);
        using var response = await WebApp.PostFormAsync(browser, $"/People/AddName/{id}", new Dictionary<string, string>
        {
            ["Name.GivenName"] = "Aram",
            ["Name.FamilyName"] = otherFamilyName,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return id;
    }
}
