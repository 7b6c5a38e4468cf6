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
            ["Form.DetainingParty"] = "azerbaijani",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var legalCase = await WebApp.GetDocumentAsync(browser, response.Headers.Location!.ToString());
        Assert.Equal(2, legalCase.QuerySelectorAll("#charges li").Length);
        Assert.Equal("Azerbaijan", legalCase.QuerySelector("#detaining-party")?.TextContent.Trim());
        var edit = await WebApp.GetDocumentAsync(browser, response.Headers.Location!.ToString().Replace("/LegalCases/", "/LegalCases/Edit/", StringComparison.Ordinal));
        Assert.Equal("azerbaijani", edit.QuerySelector("select[name='Form.DetainingParty'] option[selected]")?.GetAttribute("value"));
        var dossier = await WebApp.GetDocumentAsync(browser, $"/People/{Defendant}");
        Assert.Contains(dossier.QuerySelectorAll("#legal-case-list > li"), li => li.TextContent.Contains("(test)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_NameOfNobody_ShowsTheReasonUnderThePeopleBoxAndKeepsTheLine()
    {
        using var browser = await app.BrowserAsync(Roles.Caseworker);

        using var response = await WebApp.PostFormAsync(browser, "/LegalCases/Create", new Dictionary<string, string>
        {
            ["Form.Title"] = "Request (test)",
            ["Form.ForumKind"] = "EuropeanCourtOfHumanRights",
            ["Form.ForumName"] = "European Court of Human Rights",
            ["Form.Kind"] = "InterimMeasuresRequest",
            ["Form.LodgedOn"] = "2020-12-16",
            ["Form.PersonIds"] = "Nobody Inparticularyan",
            ["Form.Sentence"] = "Ten years",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await WebApp.ParseAsync(response);
        Assert.Equal(
            "\"Nobody Inparticularyan\" matches nobody in the registry; register the person first, or check the spelling.",
            page.QuerySelector("[data-errors-for='Form.PersonIds'] li")?.TextContent);
        Assert.Equal("Nobody Inparticularyan", page.QuerySelector("textarea[name='Form.PersonIds']")?.TextContent.Trim());
    }

    [Fact]
    public async Task Post_PersonByNameInAnotherScript_OpensTheCaseForThatPerson()
    {
        using var browser = await app.BrowserAsync(Roles.Counsel);
        // A captive whose name nobody else in the demo bears, written in Armenian or Cyrillic script.
        var people = DemoCatalog.Build().People;
        var person = Enumerable.Range(11, 22).Select(i => people.Single(p => p.Id == DemoIds.For($"person/clashes-2021/{i}")))
            .First(p => p.Names.Any(n => n.Script != Domain.NameScript.Latin)
                && people.Count(o => string.Equals(o.PrimaryName.FullName, p.PrimaryName.FullName, StringComparison.OrdinalIgnoreCase)) == 1);
        var otherScript = person.Names.First(n => n.Script != Domain.NameScript.Latin);

        using var response = await WebApp.PostFormAsync(browser, "/LegalCases/Create", new Dictionary<string, string>
        {
            ["Form.Title"] = "Application by name (test)",
            ["Form.ForumKind"] = "EuropeanCourtOfHumanRights",
            ["Form.ForumName"] = "European Court of Human Rights",
            ["Form.Number"] = "99999/21",
            ["Form.Kind"] = "Application",
            ["Form.LodgedOn"] = "2022-01-10",
            ["Form.PersonIds"] = otherScript.FullName,
            ["Form.Status"] = "Pending",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var legalCase = await WebApp.GetDocumentAsync(browser, response.Headers.Location!.ToString());
        Assert.Contains($"/People/{person.Id}", legalCase.Body?.InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_FromADossier_FillsInThePersonsNameAndId()
    {
        using var browser = await app.BrowserAsync(Roles.Counsel);
        var person = DemoCatalog.Build().People.Single(p => p.Id == Defendant);

        var page = await WebApp.GetDocumentAsync(browser, $"/LegalCases/Create?person={Defendant}");

        Assert.Equal($"{person.PrimaryName.FullName} {Defendant}", page.QuerySelector("textarea[name='Form.PersonIds']")?.TextContent.Trim());
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
