using System.Net;
using Whereabouts.Application.Accounts;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Pages.People;

public sealed class EditDetailsPageTests(WebApp app) : IClassFixture<WebApp>
{
    [Fact]
    public async Task Get_Person_FillsTheFormWithTheCurrentDetails()
    {
        using var browser = await app.BrowserAsync(Roles.Caseworker);
        var id = await PeopleForms.RegisterAsync(browser, "Filledyan");

        var form = await WebApp.GetDocumentAsync(browser, $"/People/EditDetails/{id}");

        Assert.Equal("~2001", form.QuerySelector("input[name='Details.BirthDate']")?.GetAttribute("value"));
        Assert.Equal("armenian", form.QuerySelector("select[name='Details.Side'] option[selected]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Post_CurrentVersion_SavesAndRedirects()
    {
        using var browser = await app.BrowserAsync(Roles.Caseworker);
        var id = await PeopleForms.RegisterAsync(browser, "Rankyan");

        using var response = await WebApp.PostFormAsync(browser, $"/People/EditDetails/{id}", new Dictionary<string, string>
        {
            ["Details.Side"] = "Armenian",
            ["Details.Rank"] = "Junior sergeant",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var dossier = await WebApp.GetDocumentAsync(browser, $"/People/{id}");
        Assert.Contains("Junior sergeant", dossier.QuerySelector("dl.details")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_AfterSomeoneElseChangedThePerson_ShowsAConflictAndKeepsTheirChange()
    {
        using var browser = await app.BrowserAsync(Roles.Caseworker);
        var id = await PeopleForms.RegisterAsync(browser, "Staleyan");
        var opened = await WebApp.GetDocumentAsync(browser, $"/People/EditDetails/{id}");
        var version = opened.QuerySelector("input[name='Version']")!.GetAttribute("value")!;
        using var meanwhile = await WebApp.PostFormAsync(browser, $"/People/EditDetails/{id}", new Dictionary<string, string> { ["Details.Side"] = "Armenian", ["Details.Rank"] = "Captain" });
        Assert.Equal(HttpStatusCode.Redirect, meanwhile.StatusCode);

        using var response = await WebApp.PostFormAsync(browser, $"/People/EditDetails/{id}", new Dictionary<string, string>
        {
            ["Version"] = version,
            ["Details.Side"] = "Armenian",
            ["Details.Rank"] = "Private",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await WebApp.ParseAsync(response);
        Assert.Contains("Someone else changed this person", page.QuerySelector(".validation-summary")?.TextContent, StringComparison.Ordinal);
        Assert.NotEqual(version, page.QuerySelector("input[name='Version']")?.GetAttribute("value"));
        var dossier = await WebApp.GetDocumentAsync(browser, $"/People/{id}");
        Assert.Contains("Captain", dossier.QuerySelector("dl.details")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_BadBirthDate_ShowsTheMessageNextToTheField()
    {
        using var browser = await app.BrowserAsync(Roles.Caseworker);
        var id = await PeopleForms.RegisterAsync(browser, "Birthyan");

        using var response = await WebApp.PostFormAsync(browser, $"/People/EditDetails/{id}", new Dictionary<string, string>
        {
            ["Details.BirthDate"] = "2001-13",
        });

        var page = await WebApp.ParseAsync(response);
        Assert.Contains("month 13", page.QuerySelector("[data-valmsg-for='Details.BirthDate']")?.TextContent, StringComparison.Ordinal);
    }
}
