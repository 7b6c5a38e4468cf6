using System.Net;
using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Accounts;
using Whereabouts.Application.Demo;
using Whereabouts.Domain;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Pages.Places;

public sealed class CreatePageTests(WebApp app) : IClassFixture<WebApp>
{
    [Fact]
    public async Task Post_NamesOnePerLine_SavesThePlaceAndRedirectsToIt()
    {
        using var browser = await app.BrowserAsync(Roles.Analyst);

        using var response = await WebApp.PostFormAsync(browser, "/Places/Create", new Dictionary<string, string>
        {
            ["Form.Names"] = "Tagavard | hy\r\nՏաղավարդ | hy\r\nТагавард | ru\r\n",
            ["Form.Kind"] = "Village",
            ["Form.Latitude"] = "39,62",
            ["Form.Longitude"] = "46.93",
            ["Form.ParentId"] = DemoIds.For("place/nagorno-karabakh").ToString(),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var context = app.Database.CreateContext();
        var places = await context.Places.ToListAsync(TestContext.Current.CancellationToken);
        var saved = Assert.Single(places, p => p.PrimaryName.Text == "Tagavard");
        Assert.Equal([NameScript.Latin, NameScript.Armenian, NameScript.Cyrillic], saved.Names.Select(n => n.Script));
        Assert.Equal(new Coordinates(39.62, 46.93), saved.Coordinates);
        Assert.Equal($"/Places/{saved.Id}", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Post_LatitudeOutOfRange_ShowsTheMessageNextToItAndSavesNothing()
    {
        using var browser = await app.BrowserAsync(Roles.Caseworker);

        using var response = await WebApp.PostFormAsync(browser, "/Places/Create", new Dictionary<string, string>
        {
            ["Form.Names"] = "Nowhere village",
            ["Form.Latitude"] = "139.5",
            ["Form.Longitude"] = "46.9",
        });
        var page = await WebApp.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("-90", page.QuerySelector("[data-valmsg-for='Form.Latitude']")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(string.Empty, page.QuerySelector("[data-valmsg-for='Form.Longitude']")?.TextContent);
        await using var context = app.Database.CreateContext();
        var places = await context.Places.ToListAsync(TestContext.Current.CancellationToken);
        Assert.DoesNotContain(places, p => p.PrimaryName.Text == "Nowhere village");
    }

    [Fact]
    public async Task Post_LatitudeThatIsNotANumber_ShowsTheMessageNextToIt()
    {
        using var browser = await app.BrowserAsync(Roles.Caseworker);

        using var response = await WebApp.PostFormAsync(browser, "/Places/Create", new Dictionary<string, string>
        {
            ["Form.Names"] = "Somewhere",
            ["Form.Latitude"] = "north",
            ["Form.Longitude"] = "46.9",
        });
        var page = await WebApp.ParseAsync(response);

        Assert.Contains("decimal degrees", page.QuerySelector("[data-valmsg-for='Form.Latitude']")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_NoNames_ShowsTheMessageNextToTheNames()
    {
        using var browser = await app.BrowserAsync(Roles.Caseworker);

        using var response = await WebApp.PostFormAsync(browser, "/Places/Create", new Dictionary<string, string> { ["Form.Names"] = "  " });
        var page = await WebApp.ParseAsync(response);

        Assert.Contains("at least one name", page.QuerySelector("[data-valmsg-for='Form.Names']")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_AsViewer_IsDenied()
    {
        using var browser = await app.BrowserAsync(Roles.Viewer);

        using var response = await browser.GetAsync(new Uri("/Places/Create", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location?.PathAndQuery ?? response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }
}
