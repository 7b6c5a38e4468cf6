using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Whereabouts.Application.Accounts;
using Whereabouts.Application.Demo;
using Whereabouts.Web.Maps;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Pages.Reports;

public sealed class MapPageTests(WebApp app) : IClassFixture<WebApp>
{
    [Fact]
    public async Task Get_AsAViewer_DrawsTheCountriesOfTheRegionWithPlacesAndLinkedIncidents()
    {
        using var client = await app.BrowserAsync(Roles.Viewer);

        var page = await WebApp.GetDocumentAsync(client, "/Reports/Map");

        // The boundaries come from npm through the build (world-atlas); the test host finds them too.
        Assert.Null(page.QuerySelector("#no-boundaries"));
        var countries = page.QuerySelectorAll("svg.map path.country title").Select(t => t.TextContent).ToList();
        Assert.Contains("Armenia", countries);
        Assert.Contains("Azerbaijan", countries);
        Assert.DoesNotContain("Brazil", countries);
        var catalog = DemoCatalog.Build();
        var links = page.QuerySelectorAll("svg.map a.incident").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/Incidents/{catalog.Incidents[0].Id}", links);
        Assert.Contains(page.QuerySelectorAll("svg.map .place text"), t => t.TextContent == "Yerevan");
        Assert.Contains(page.QuerySelectorAll("#map-places a"), a => a.TextContent == "Khtsabert");
    }

    [Fact]
    public async Task GetData_AsAViewer_GivesBoundariesPlacesAndIncidentsAtTheirOwnPlaces()
    {
        using var client = await app.BrowserAsync(Roles.Viewer);

        using var response = await client.GetAsync(new Uri("/Reports/Map?handler=Data", UriKind.Relative), TestContext.Current.CancellationToken);

        response.EnsureSuccessStatusCode();
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var data = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var root = data.RootElement;
        var countries = root.GetProperty("countries").GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties").GetProperty("name").GetString()).ToList();
        Assert.Contains("Armenia", countries);
        Assert.DoesNotContain("Brazil", countries);
        Assert.Contains(root.GetProperty("places").EnumerateArray(), p => p.GetProperty("name").GetString() == "Yerevan");
        var incidents = root.GetProperty("incidents").EnumerateArray().ToList();
        Assert.NotEmpty(incidents);
        Assert.All(incidents, i => Assert.NotEmpty(i.GetProperty("marks").EnumerateArray()));
        Assert.Equal(4, root.GetProperty("region").GetArrayLength());
    }

    [Fact]
    public async Task GetData_Anonymously_IsRefused()
    {
        using var client = app.Anonymous();

        using var response = await client.GetAsync(new Uri("/Reports/Map?handler=Data", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.False(response.IsSuccessStatusCode);
        Assert.DoesNotContain("Yerevan", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_WithoutTheBoundaryFile_SaysSoAndStillShowsThePlaces()
    {
        var folder = Path.Combine(Path.GetTempPath(), "whereabouts-web-tests", Guid.NewGuid().ToString("N"));
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("db", Path.Combine(folder, "registry.db"));
            web.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton(new BoundaryLayer([Path.Combine(folder, "absent.json")]))));
        });
        var account = await CreateViewerAsync(factory.Services);
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("https://localhost") });
        using (await WebApp.PostFormAsync(client, "/Account/Login", new Dictionary<string, string> { ["UserName"] = account.UserName, ["Password"] = account.Password }))
        {
        }

        var page = await WebApp.GetDocumentAsync(client, "/Reports/Map");

        Assert.Contains("country boundaries are missing", page.QuerySelector("#no-boundaries")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("svg.map path.country"));
        Assert.NotEmpty(page.QuerySelectorAll("svg.map .place"));
        Directory.Delete(folder, recursive: true);
    }

    private static async Task<CreatedAccount> CreateViewerAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        return await accounts.CreateAsync("viewer-map", Roles.Viewer, withApiKey: false, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Get_Day13And14December2020_DrawHinTagherAndKhtsabertUnderDifferentControl()
    {
        using var client = await app.BrowserAsync(Roles.Viewer);
        var villages = new[] { DemoIds.For("place/hin-tagher").ToString(), DemoIds.For("place/khtsabert").ToString() };

        var on13 = await WebApp.GetDocumentAsync(client, "/Reports/Map?day=2020-12-13");
        var on14 = await WebApp.GetDocumentAsync(client, "/Reports/Map?day=2020-12-14");

        foreach (var village in villages)
        {
            var patrolled = on13.QuerySelector($"svg.map g.control-place[data-place='{village}']");
            var held = on14.QuerySelector($"svg.map g.control-place[data-place='{village}']");
            Assert.NotNull(patrolled?.QuerySelector("circle.control-patrolled"));
            Assert.Null(patrolled.QuerySelector("circle.control-controlled"));
            Assert.NotNull(held?.QuerySelector("circle.control-controlled"));
            Assert.Null(held.QuerySelector("circle.control-patrolled"));
        }

        Assert.Contains("Patrolled by Russian peacekeeping contingent", on13.QuerySelector("#control-legend")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Controlled by Azerbaijan", on14.QuerySelector("#control-legend")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Controlled by Azerbaijan", on14.QuerySelector($"#map-control tr[data-place='{villages[1]}']")?.TextContent, StringComparison.Ordinal);
        Assert.Null(on13.QuerySelector("#map-interactive"));
    }

    [Fact]
    public async Task Get_DayInTheReadersLanguage_NamesTheHolderInIt()
    {
        using var client = await app.BrowserAsync(Roles.Viewer);

        var page = await WebApp.GetDocumentAsync(client, "/Reports/Map?day=2020-12-14&culture=ru");

        Assert.Contains("Азербайджан", page.QuerySelector("#control-legend")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_NotADayOrADayWithNoControl_SaysSoAndDrawsNoControl()
    {
        using var client = await app.BrowserAsync(Roles.Viewer);

        var wrong = await WebApp.GetDocumentAsync(client, "/Reports/Map?day=13.12.2020");
        var empty = await WebApp.GetDocumentAsync(client, "/Reports/Map?day=2019-01-01");
        var none = await WebApp.GetDocumentAsync(client, "/Reports/Map");

        Assert.NotNull(wrong.QuerySelector("#day-error"));
        Assert.NotNull(wrong.QuerySelector("#map-interactive"));
        Assert.NotNull(empty.QuerySelector("#no-control"));
        Assert.Empty(empty.QuerySelectorAll("svg.map g.control-place"));
        Assert.Null(none.QuerySelector("#control-legend"));
    }
}
