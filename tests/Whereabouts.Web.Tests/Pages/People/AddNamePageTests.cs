using System.Net;
using Whereabouts.Application.Accounts;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Pages.People;

public sealed class AddNamePageTests(WebApp app) : IClassFixture<WebApp>
{
    [Fact]
    public async Task Post_ArmenianSpelling_IsListedWithItsScriptOnTheDossier()
    {
        using var browser = await app.BrowserAsync(Roles.Caseworker);
        var id = await PeopleForms.RegisterAsync(browser, "Harutyunyan");

        using var response = await WebApp.PostFormAsync(browser, $"/People/AddName/{id}", new Dictionary<string, string>
        {
            ["Name.GivenName"] = "Արամ",
            ["Name.FamilyName"] = "Հարությունյան",
            ["Name.Origin"] = "unit roster",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var dossier = await WebApp.GetDocumentAsync(browser, $"/People/{id}");
        var row = dossier.QuerySelectorAll("#name-forms tbody tr")[1];
        Assert.Equal("Արամ Հարությունյան", row.Children[0].TextContent.Trim());
        Assert.Equal("Armenian script", row.Children[1].TextContent.Trim());
    }

    [Fact]
    public async Task Post_MixedScripts_ShowsTheRefusal()
    {
        using var browser = await app.BrowserAsync(Roles.Caseworker);
        var id = await PeopleForms.RegisterAsync(browser, "Mixyan");

        using var response = await WebApp.PostFormAsync(browser, $"/People/AddName/{id}", new Dictionary<string, string>
        {
            ["Name.GivenName"] = "Aram",
            ["Name.FamilyName"] = "Арутюнян",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await WebApp.ParseAsync(response);
        Assert.Contains("script", page.QuerySelector(".validation-summary")?.TextContent, StringComparison.Ordinal);
    }
}
