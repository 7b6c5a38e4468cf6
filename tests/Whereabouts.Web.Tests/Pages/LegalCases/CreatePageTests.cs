using System.Net;
using Whereabouts.Application.Accounts;
using Whereabouts.Application.Demo;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Pages.LegalCases;

public sealed class CreatePageTests(WebApp app) : IClassFixture<WebApp>
{
    private static readonly Guid Defendant = DemoIds.For("person/clashes-2021/20");

    [Fact]
    public async Task Post_TrialFromTheDossierLink_OpensTheCaseAndTheDossierListsIt()
    {
        using var browser = await app.BrowserAsync(Roles.Counsel);

        using var response = await WebApp.PostFormAsync(browser, $"/LegalCases/Create?person={Defendant}", new Dictionary<string, string>
        {
            ["Form.Title"] = "Trial of a serviceman captured in November 2021 (test)",
            ["Form.ForumKind"] = "NationalCourt",
            ["Form.ForumName"] = "Military court (test)",
            ["Form.Kind"] = "CriminalTrial",
            ["Form.LodgedOn"] = "2022-03",
            ["Form.PersonIds"] = Defendant.ToString(),
            ["Form.Charges"] = "Illegal border crossing (test)\nCarrying weapons (test)",
            ["Form.Status"] = "Pending",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var legalCase = await WebApp.GetDocumentAsync(browser, response.Headers.Location!.ToString());
        Assert.Equal(2, legalCase.QuerySelectorAll("#charges li").Length);
        var dossier = await WebApp.GetDocumentAsync(browser, $"/People/{Defendant}");
        Assert.Contains(dossier.QuerySelectorAll("#legal-case-list > li"), li => li.TextContent.Contains("(test)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_SentenceOnAnEchrRequestAndABadId_ShowsEachMessageNextToItsField()
    {
        using var browser = await app.BrowserAsync(Roles.Caseworker);

        using var response = await WebApp.PostFormAsync(browser, "/LegalCases/Create", new Dictionary<string, string>
        {
            ["Form.Title"] = "Request (test)",
            ["Form.ForumKind"] = "EuropeanCourtOfHumanRights",
            ["Form.ForumName"] = "European Court of Human Rights",
            ["Form.Kind"] = "InterimMeasuresRequest",
            ["Form.LodgedOn"] = "2020-12-16",
            ["Form.PersonIds"] = "not-an-id",
            ["Form.Sentence"] = "Ten years",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await WebApp.ParseAsync(response);
        Assert.Contains("not a registry id", page.QuerySelector("[data-valmsg-for='Form.PersonIds']")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_AsViewer_IsDenied()
    {
        using var browser = await app.BrowserAsync(Roles.Viewer);

        using var response = await browser.GetAsync(new Uri("/LegalCases/Create", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/AccessDenied", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }
}
