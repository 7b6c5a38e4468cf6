using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Whereabouts.Application.Accounts;
using Whereabouts.Application.Demo;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Api;

public sealed class PlacesApiTests(WebApp app) : IClassFixture<WebApp>
{
    private static readonly Guid Khtsabert = DemoIds.For("place/khtsabert");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task List_WithoutAKey_Is401()
    {
        using var client = app.Anonymous();

        using var response = await client.GetAsync(new Uri("/api/v1/places", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task List_CyrillicQuery_FindsThePlaceWithNamesAndScripts()
    {
        using var client = await app.ApiClientAsync(Roles.Viewer);

        var page = await GetJsonAsync(client, "/api/v1/places?q=" + Uri.EscapeDataString("Хцаберд"));

        var place = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal(Khtsabert, place.GetProperty("id").GetGuid());
        Assert.Equal("Village", place.GetProperty("kind").GetString());
        Assert.Contains(place.GetProperty("names").EnumerateArray(), n => n.GetProperty("text").GetString() == "Խծաբերդ" && n.GetProperty("script").GetString() == "Armenian");
        Assert.Equal(1, page.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Get_ViewerKey_ReturnsThePlaceWithPositionParentAndETag()
    {
        using var client = await app.ApiClientAsync(Roles.Viewer);

        using var response = await client.GetAsync(new Uri($"/api/v1/places/{Khtsabert}", UriKind.Relative), Cancel);
        var place = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"0\"", response.Headers.ETag?.Tag);
        Assert.Equal(39.467, place.GetProperty("latitude").GetDouble());
        Assert.Equal("Hadrut region", place.GetProperty("parent").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Get_UnknownId_Is404ProblemDetails()
    {
        using var client = await app.ApiClientAsync(Roles.Viewer);

        using var response = await client.GetAsync(new Uri($"/api/v1/places/{Guid.NewGuid()}", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Claims_PlaceWithoutClaims_IsAnEmptyList()
    {
        using var client = await app.ApiClientAsync(Roles.Viewer);

        var claims = await GetJsonAsync(client, $"/api/v1/places/{Khtsabert}/claims");

        Assert.Equal(JsonValueKind.Array, claims.ValueKind);
    }

    [Fact]
    public async Task Create_ViewerKey_Is403()
    {
        using var client = await app.ApiClientAsync(Roles.Viewer);

        using var response = await client.PostAsJsonAsync("/api/v1/places", new { names = new[] { new { text = "Not allowed" } } }, Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Create_CaseworkerKey_Is201WithLocationAndETag()
    {
        using var client = await app.ApiClientAsync(Roles.Caseworker);

        using var response = await client.PostAsJsonAsync("/api/v1/places", new
        {
            kind = "village",
            names = new object[] { new { text = "Togh", language = "hy" }, new { text = "Тогх", language = "ru" } },
            latitude = 39.55,
            longitude = 46.98,
            parentId = DemoIds.For("place/hadrut-region"),
        }, Cancel);
        var place = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"/api/v1/places/{place.GetProperty("id").GetGuid()}", response.Headers.Location?.OriginalString);
        Assert.Equal("\"0\"", response.Headers.ETag?.Tag);
        Assert.Equal(["Latin", "Cyrillic"], place.GetProperty("names").EnumerateArray().Select(n => n.GetProperty("script").GetString()));
    }

    [Fact]
    public async Task Create_LongitudeOutOfRange_Is400NamingTheField()
    {
        using var client = await app.ApiClientAsync(Roles.Analyst);

        using var response = await client.PostAsJsonAsync("/api/v1/places", new { names = new[] { new { text = "Off the map" } }, latitude = 10, longitude = 200 }, Cancel);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty("longitude", out _));
    }

    [Fact]
    public async Task Put_WithoutIfMatch_Is428()
    {
        using var client = await app.ApiClientAsync(Roles.Caseworker);
        var id = await CreateAsync(client, "Needs If-Match");

        using var response = await client.PutAsJsonAsync($"/api/v1/places/{id}", new { kind = "Town" }, Cancel);

        Assert.Equal((HttpStatusCode)428, response.StatusCode);
    }

    [Fact]
    public async Task Put_StaleIfMatch_Is412()
    {
        using var client = await app.ApiClientAsync(Roles.Caseworker);
        var id = await CreateAsync(client, "Edited twice");
        using (var first = await PutAsync(client, $"/api/v1/places/{id}", "\"0\"", new { kind = "Town" }))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        using var second = await PutAsync(client, $"/api/v1/places/{id}", "\"0\"", new { kind = "Region" });

        Assert.Equal(HttpStatusCode.PreconditionFailed, second.StatusCode);
    }

    [Fact]
    public async Task Put_CurrentIfMatch_Is200AddingAName()
    {
        using var client = await app.ApiClientAsync(Roles.Analyst);
        var id = await CreateAsync(client, "Hogher");

        using var response = await PutAsync(client, $"/api/v1/places/{id}", "\"0\"", new
        {
            kind = "Village",
            names = new object[] { new { text = "Hogher" }, new { text = "Հողեր", language = "hy" } },
        });
        var place = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
        Assert.Equal(["Hogher", "Հողեր"], place.GetProperty("names").EnumerateArray().Select(n => n.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task Put_UnknownId_Is404()
    {
        using var client = await app.ApiClientAsync(Roles.Analyst);

        using var response = await PutAsync(client, $"/api/v1/places/{Guid.NewGuid()}", "\"0\"", new { kind = "Town" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<Guid> CreateAsync(HttpClient client, string name)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/places", new { kind = "Village", names = new[] { new { text = name } } }, Cancel);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("id").GetGuid();
    }

    private static async Task<HttpResponseMessage> PutAsync(HttpClient client, string path, string ifMatch, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri(path, UriKind.Relative)) { Content = JsonContent.Create(body) };
        request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(ifMatch));
        return await client.SendAsync(request, Cancel);
    }

    private static async Task<JsonElement> GetJsonAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
    }
}
