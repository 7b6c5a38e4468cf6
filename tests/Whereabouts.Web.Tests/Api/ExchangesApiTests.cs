using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Whereabouts.Application.Accounts;
using Whereabouts.Application.Demo;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Api;

public sealed class ExchangesApiTests(WebApp app) : IClassFixture<WebApp>
{
    private static readonly Guid Exchange2020 = DemoIds.For("exchange/2020-12-14");
    private static readonly Guid Report2021 = DemoIds.For("source/report-exchange-2021-12-04");
    private static readonly Guid Exchange2021 = DemoIds.For("exchange/2021-12-04");
    private static readonly string[] Icrc = ["ICRC"];
    private static readonly string[] IcrcAndRussia = ["ICRC", "Russia"];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task List_ViewerKey_ReturnsTheTwoDemoExchangesLatestFirst()
    {
        using var client = await app.ApiClientAsync(Roles.Viewer);

        var page = await GetJsonAsync(client, "/api/v1/exchanges");

        // Other tests of this class record exchanges of their own; the demo's two keep their order.
        var items = page.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("date").GetString() is "2021-12-04" or "2020-12-14").ToList();
        Assert.Equal(["2021-12-04", "2020-12-14"], items.Select(i => i.GetProperty("date").GetString()));
        Assert.Equal(44, items[1].GetProperty("named").GetProperty("armenian").GetInt32());
        Assert.Equal(14, items[1].GetProperty("named").GetProperty("azerbaijani").GetInt32());
    }

    [Fact]
    public async Task Get_Exchange2020_HasMediatorsTermsPeopleAndAnnouncedAgainstNamed()
    {
        using var client = await app.ApiClientAsync(Roles.Counsel);

        using var response = await client.GetAsync(new Uri($"/api/v1/exchanges/{Exchange2020}", UriKind.Relative), Cancel);
        var exchange = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"0\"", response.Headers.ETag?.Tag);
        Assert.Equal("AllForAll", exchange.GetProperty("terms").GetString());
        Assert.Equal(["ICRC", "Russia"], exchange.GetProperty("mediators").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(58, exchange.GetProperty("transfers").GetArrayLength());
        var totals = exchange.GetProperty("totals").EnumerateArray().ToDictionary(t => t.GetProperty("side").GetString()!);
        Assert.Equal((44, 44), (totals["armenian"].GetProperty("announcedCount").GetInt32(), totals["armenian"].GetProperty("named").GetInt32()));
        Assert.Equal((14, 14), (totals["azerbaijani"].GetProperty("announcedCount").GetInt32(), totals["azerbaijani"].GetProperty("named").GetInt32()));
    }

    [Fact]
    public async Task Get_UnknownId_Is404Problem()
    {
        using var client = await app.ApiClientAsync(Roles.Viewer);

        using var response = await client.GetAsync(new Uri($"/api/v1/exchanges/{Guid.NewGuid()}", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Post_CaseworkerKey_RecordsTheExchangeAndTheHeldPersonIsNoLongerHeld()
    {
        using var client = await app.ApiClientAsync(Roles.Caseworker);
        var person = DemoIds.For("person/clashes-2021/30");

        using var response = await client.PostAsJsonAsync(new Uri("/api/v1/exchanges", UriKind.Relative), new
        {
            date = "2023-02-01",
            terms = "PrisonersForPrisoners",
            sourceIds = new[] { Report2021 },
            mediators = Icrc,
            transfers = new[] { new { personId = person, receivedBy = "Armenian" } },
        }, Cancel);
        var saved = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"/api/v1/exchanges/{saved.GetProperty("id").GetGuid()}", response.Headers.Location?.OriginalString);
        Assert.Equal("Repatriated", Assert.Single(saved.GetProperty("transfers").EnumerateArray()).GetProperty("fate").GetString());
        var before = await GetJsonAsync(client, "/api/v1/reports/still-held?side=armenian&asOf=2023-01-31");
        var after = await GetJsonAsync(client, "/api/v1/reports/still-held?side=armenian&asOf=2023-02-01");
        Assert.Contains(person, Ids(before));
        Assert.DoesNotContain(person, Ids(after));
    }

    [Fact]
    public async Task Post_PersonNotHeld_Is400NamingTheTransferAndSavesNothing()
    {
        using var client = await app.ApiClientAsync(Roles.Administrator);
        var missing = DemoIds.For("person/hin-tagher/44");
        var before = (await GetJsonAsync(client, "/api/v1/exchanges")).GetProperty("total").GetInt32();

        using var response = await client.PostAsJsonAsync(new Uri("/api/v1/exchanges", UriKind.Relative), new
        {
            date = "2023-02-01",
            terms = "AllForAll",
            sourceIds = new[] { Report2021 },
            transfers = new[] { new { personId = missing, receivedBy = "Armenian" } },
        }, Cancel);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("was not held", problem.GetProperty("errors").GetProperty("transfers[0].personId")[0].GetString(), StringComparison.Ordinal);
        var list = await GetJsonAsync(client, "/api/v1/exchanges");
        Assert.Equal(before, list.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Post_ViewerKey_Is403()
    {
        using var client = await app.ApiClientAsync(Roles.Analyst);

        using var response = await client.PostAsJsonAsync(new Uri("/api/v1/exchanges", UriKind.Relative), new { date = "2023-02-01" }, Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static IEnumerable<Guid> Ids(JsonElement report) =>
        report.GetProperty("people").EnumerateArray().Select(p => p.GetProperty("personId").GetGuid());

    [Fact]
    public async Task Revise_WithTheCurrentETag_ReplacesTheDescriptionAndKeepsThePeople()
    {
        using var client = await app.ApiClientAsync(Roles.Caseworker);
        using var current = await client.GetAsync(new Uri($"/api/v1/exchanges/{Exchange2021}", UriKind.Relative), Cancel);
        var before = await current.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri($"/api/v1/exchanges/{Exchange2021}", UriKind.Relative))
        {
            Content = JsonContent.Create(new { terms = "AllForAll", route = "By air (test)", mediators = IcrcAndRussia, notes = "Route corrected (test)." }),
        };
        request.Headers.IfMatch.Add(current.Headers.ETag!);

        using var response = await client.SendAsync(request, Cancel);
        var after = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(current.Headers.ETag!.Tag, response.Headers.ETag?.Tag);
        Assert.Equal("By air (test)", after.GetProperty("route").GetString());
        Assert.Equal(before.GetProperty("transfers").GetRawText(), after.GetProperty("transfers").GetRawText());
        Assert.Equal(before.GetProperty("date").GetString(), after.GetProperty("date").GetString());
    }

    [Fact]
    public async Task Revise_WithoutIfMatch_Is428AndWithAStaleOne_Is412AndAViewer_Is403()
    {
        using var client = await app.ApiClientAsync(Roles.Caseworker);
        using var viewer = await app.ApiClientAsync(Roles.Viewer);
        var body = new { terms = "AllForAll", notes = "Should not be saved (test)." };

        using var noPrecondition = await client.PutAsJsonAsync($"/api/v1/exchanges/{Exchange2020}", body, Cancel);
        using var stale = new HttpRequestMessage(HttpMethod.Put, new Uri($"/api/v1/exchanges/{Exchange2020}", UriKind.Relative)) { Content = JsonContent.Create(body) };
        stale.Headers.IfMatch.Add(new EntityTagHeaderValue("\"99\""));
        using var staleResponse = await client.SendAsync(stale, Cancel);
        using var forbidden = await viewer.PutAsJsonAsync($"/api/v1/exchanges/{Exchange2020}", body, Cancel);

        Assert.Equal(HttpStatusCode.PreconditionRequired, noPrecondition.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, staleResponse.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        var unchanged = await GetJsonAsync(client, $"/api/v1/exchanges/{Exchange2020}");
        Assert.NotEqual("Should not be saved (test).", unchanged.GetProperty("notes").GetString());
    }

    private static async Task<JsonElement> GetJsonAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
    }
}
