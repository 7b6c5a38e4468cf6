using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Whereabouts.Application.Accounts;
using Whereabouts.Application.Demo;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Api;

public sealed class PlaceControlApiTests(WebApp app) : IClassFixture<WebApp>
{
    private static readonly Guid Goris = DemoIds.For("place/goris");
    private static readonly Guid Khtsabert = DemoIds.For("place/khtsabert");
    private static readonly Guid CaseworkerNotes = DemoIds.For("source/invented/caseworker-notes");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RecordListRetract_AnalystKey_KeepsTheRetractedPeriodApart()
    {
        using var client = await app.ApiClientAsync(Roles.Analyst);

        using var recorded = await client.PostAsJsonAsync($"/api/v1/places/{Goris}/control",
            new { kind = "Controlled", party = "armenian", from = "2020-11", sourceId = CaseworkerNotes, note = "Test period (INVENTED)." }, Cancel);
        var id = (await recorded.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("id").GetGuid();
        using var retracted = await client.PostAsJsonAsync($"/api/v1/places/control/{id}/retraction", new { reason = "Test: recorded in error." }, Cancel);
        using var again = await client.PostAsJsonAsync($"/api/v1/places/control/{id}/retraction", new { reason = "Again." }, Cancel);
        var timeline = await client.GetFromJsonAsync<JsonElement>($"/api/v1/places/{Goris}/control", Cancel);

        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retracted.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.True((await again.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("errors").TryGetProperty("reason", out _));
        Assert.DoesNotContain(timeline.GetProperty("standing").EnumerateArray(), p => p.GetProperty("id").GetGuid() == id);
        var listed = Assert.Single(timeline.GetProperty("retracted").EnumerateArray(), p => p.GetProperty("id").GetGuid() == id);
        Assert.Equal("Test: recorded in error.", listed.GetProperty("retractionReason").GetString());
        Assert.Equal("2020-11", listed.GetProperty("from").GetString());
    }

    [Fact]
    public async Task Record_EndBeforeStartUnknownPartyAndNoSource_NamesEachField()
    {
        using var client = await app.ApiClientAsync(Roles.Caseworker);

        using var response = await client.PostAsJsonAsync($"/api/v1/places/{Goris}/control",
            new { kind = "Controlled", party = "atlantis", from = "2020-12-14", to = "2020-12-13" }, Cancel);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("errors");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["party", "sourceId", "to"], errors.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Record_AsViewer_IsForbidden_AndUnknownPlaceIs404()
    {
        using var viewer = await app.ApiClientAsync(Roles.Viewer);
        using var analyst = await app.ApiClientAsync(Roles.Analyst);
        var body = new { kind = "Contested", from = "2020-11", sourceId = CaseworkerNotes };

        using var forbidden = await viewer.PostAsJsonAsync($"/api/v1/places/{Goris}/control", body, Cancel);
        using var missing = await analyst.PostAsJsonAsync($"/api/v1/places/{Guid.NewGuid()}/control", body, Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task OnDay_DemoMaps_GiveThePatrolOnThe13thAndAzerbaijanOnThe14th()
    {
        using var client = await app.ApiClientAsync(Roles.Viewer);

        var on13 = await client.GetFromJsonAsync<JsonElement>("/api/v1/places/control?day=2020-12-13", Cancel);
        var on14 = await client.GetFromJsonAsync<JsonElement>("/api/v1/places/control?day=2020-12-14", Cancel);

        var patrolled = Assert.Single(on13.EnumerateArray(), a => a.GetProperty("placeId").GetGuid() == Khtsabert);
        Assert.Equal("Patrolled", Assert.Single(patrolled.GetProperty("periods").EnumerateArray()).GetProperty("kind").GetString());
        var held = Assert.Single(on14.EnumerateArray(), a => a.GetProperty("placeId").GetGuid() == Khtsabert);
        var period = Assert.Single(held.GetProperty("periods").EnumerateArray());
        Assert.Equal("azerbaijani", period.GetProperty("party").GetString());
        Assert.Equal(DemoIds.For("source/peacekeeper-map-2020-12-14"), period.GetProperty("source").GetProperty("id").GetGuid());
        Assert.False(held.GetProperty("disagree").GetBoolean());
    }

    [Fact]
    public async Task OnDay_NoDayOrNotADay_Is400NamingTheDay()
    {
        using var client = await app.ApiClientAsync(Roles.Viewer);

        using var none = await client.GetAsync(new Uri("/api/v1/places/control", UriKind.Relative), Cancel);
        using var wrong = await client.GetAsync(new Uri("/api/v1/places/control?day=13.12.2020", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.True((await wrong.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("errors").TryGetProperty("day", out _));
    }
}
