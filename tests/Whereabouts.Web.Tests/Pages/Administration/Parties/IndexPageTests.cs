using System.Net;
using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Accounts;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Pages.Administration.Parties;

public sealed class IndexPageTests(WebApp app) : IClassFixture<WebApp>
{
    [Fact]
    public async Task Get_Caseworker_IsForbidden()
    {
        using var browser = await app.BrowserAsync(Roles.Caseworker);

        using var response = await browser.GetAsync(new Uri("/Administration/Parties", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Get_AdministratorInRussian_ListsTheDemoPartiesSayingTheyAreInUse()
    {
        using var browser = await app.BrowserAsync(Roles.Administrator);

        using var response = await browser.GetAsync(new Uri("/Administration/Parties?culture=ru", UriKind.Relative), TestContext.Current.CancellationToken);
        var page = await WebApp.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var armenian = page.QuerySelector("#parties tr[data-slug='armenian']");
        Assert.NotNull(armenian);
        Assert.Contains("Армения", armenian.TextContent, StringComparison.Ordinal);
        Assert.Contains("удалить нельзя", armenian.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_NewParty_SavesItAndRedirects()
    {
        using var browser = await app.BrowserAsync(Roles.Administrator);

        using var response = await WebApp.PostFormAsync(browser, "/Administration/Parties", new Dictionary<string, string>
        {
            ["Form.Slug"] = "Northland",
            ["Form.NameEn"] = "Northland",
            ["Form.NameRu"] = "Северия",
        }, "form#party-add");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var context = app.Database.CreateContext();
        var saved = await context.Parties.SingleAsync(p => p.Slug == "northland", TestContext.Current.CancellationToken);
        Assert.Equal(("Northland", "Северия"), (saved.NameEn, saved.NameRu));
    }

    [Fact]
    public async Task Post_SlugWithASpace_ShowsTheMessageNextToTheSlugAndSavesNothing()
    {
        using var browser = await app.BrowserAsync(Roles.Administrator);

        using var response = await WebApp.PostFormAsync(browser, "/Administration/Parties", new Dictionary<string, string>
        {
            ["Form.Slug"] = "south land",
            ["Form.NameEn"] = "South Land",
        }, "form#party-add");
        var page = await WebApp.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("south land", page.QuerySelector("[data-valmsg-for='Form.Slug']")?.TextContent, StringComparison.Ordinal);
        await using var context = app.Database.CreateContext();
        Assert.False(await context.Parties.AnyAsync(p => p.NameEn == "South Land", TestContext.Current.CancellationToken));
    }
}
