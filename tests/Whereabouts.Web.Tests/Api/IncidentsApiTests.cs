using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Whereabouts.Application.Accounts;
using Whereabouts.Application.Demo;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Api;

public sealed class IncidentsApiTests(WebApp app) : IClassFixture<WebApp>
{
    private static readonly Guid HinTagherFighting = DemoIds.For("incident/hin-tagher-khtsabert");
    private static readonly Guid Khtsabert = DemoIds.For("place/khtsabert");
    private static readonly Guid HinTagher = DemoIds.For("place/hin-tagher");
    private static readonly string[] Icrc = ["ICRC"];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task List_WithoutAKey_Is401()
    {
        using var client = app.Anonymous();

        using var response = await client.GetAsync(new Uri("/api/v1/incidents", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task List_ViewerKeyWithAQuery_ReturnsThePagedMatches()
    {
        using var client = await app.ApiClientAsync(Roles.Viewer);

        var page = await GetJsonAsync(client, "/api/v1/incidents?q=khtsabert");

        Assert.Equal(1, page.GetProperty("total").GetInt32());
        Assert.Equal(1, page.GetProperty("page").GetInt32());
        Assert.True(page.GetProperty("pageSize").GetInt32() > 0);
        var item = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal("2020-12-11", item.GetProperty("startedOn").GetString());
        Assert.Equal("~2020-12-13", item.GetProperty("endedOn").GetString());
    }

    [Fact]
    public async Task Get_ViewerKey_ReturnsTheIncidentWithPlacesPartiesAndETag()
    {
        using var client = await app.ApiClientAsync(Roles.Viewer);

        using var response = await client.GetAsync(new Uri($"/api/v1/incidents/{HinTagherFighting}", UriKind.Relative), Cancel);
        var incident = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"0\"", response.Headers.ETag?.Tag);
        Assert.Equal(["Hin Tagher", "Khtsabert", "Hadrut region"], incident.GetProperty("places").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.Contains("Russian peacekeepers", incident.GetProperty("parties").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public async Task Claims_HinTagherFighting_ListsEveryFigure()
    {
        using var client = await app.ApiClientAsync(Roles.Viewer);

        var claims = await GetJsonAsync(client, $"/api/v1/incidents/{HinTagherFighting}/claims");

        var figures = claims.EnumerateArray().Select(c => (c.GetProperty("count").ValueKind == JsonValueKind.Null ? null : (int?)c.GetProperty("count").GetInt32(), c.GetProperty("qualifier").GetString())).ToList();
        Assert.Contains((171, "Exact"), figures);
        Assert.Contains((60, "About"), figures);
        Assert.Contains((null, "Vague"), figures);
    }

    [Fact]
    public async Task Get_UnknownId_Is404ProblemDetails()
    {
        using var client = await app.ApiClientAsync(Roles.Viewer);

        using var response = await client.GetAsync(new Uri($"/api/v1/incidents/{Guid.NewGuid()}", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Create_ViewerKey_Is403()
    {
        using var client = await app.ApiClientAsync(Roles.Viewer);

        using var response = await client.PostAsJsonAsync("/api/v1/incidents", new { name = "Not allowed", startedOn = "2020" }, Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData(Roles.Caseworker)]
    [InlineData(Roles.Analyst)]
    public async Task Create_GazetteerEditor_Is201WithLocationAndETag(string role)
    {
        using var client = await app.ApiClientAsync(role);

        using var response = await client.PostAsJsonAsync("/api/v1/incidents", new
        {
            name = "Handover at the border",
            startedOn = "2021-12-04",
            placeIds = new[] { Khtsabert },
            parties = Icrc,
        }, Cancel);
        var incident = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"/api/v1/incidents/{incident.GetProperty("id").GetGuid()}", response.Headers.Location?.OriginalString);
        Assert.Equal("\"0\"", response.Headers.ETag?.Tag);
        Assert.Equal(Khtsabert, incident.GetProperty("places")[0].GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Create_EndBeforeStart_Is400NamingTheField()
    {
        using var client = await app.ApiClientAsync(Roles.Caseworker);

        using var response = await client.PostAsJsonAsync("/api/v1/incidents", new { name = "Backwards", startedOn = "2020-12-14", endedOn = "2020-12-01" }, Cancel);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty("endedOn", out _));
    }

    [Fact]
    public async Task Put_WithoutIfMatch_Is428()
    {
        using var client = await app.ApiClientAsync(Roles.Caseworker);
        var id = await CreateAsync(client, "Needs If-Match");

        using var response = await client.PutAsJsonAsync($"/api/v1/incidents/{id}", new { name = "Changed", startedOn = "2020" }, Cancel);

        Assert.Equal((HttpStatusCode)428, response.StatusCode);
    }

    [Fact]
    public async Task Put_StaleIfMatch_Is412()
    {
        using var client = await app.ApiClientAsync(Roles.Caseworker);
        var id = await CreateAsync(client, "Edited twice");
        using (var first = await PutAsync(client, $"/api/v1/incidents/{id}", "\"0\"", new { name = "First", startedOn = "2020" }))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        using var second = await PutAsync(client, $"/api/v1/incidents/{id}", "\"0\"", new { name = "Second", startedOn = "2020" });

        Assert.Equal(HttpStatusCode.PreconditionFailed, second.StatusCode);
    }

    [Fact]
    public async Task Put_CurrentIfMatch_Is200AddingAPlace()
    {
        using var client = await app.ApiClientAsync(Roles.Analyst);
        var id = await CreateAsync(client, "Grows");

        using var response = await PutAsync(client, $"/api/v1/incidents/{id}", "\"0\"", new { name = "Grown", startedOn = "2020-12", placeIds = new[] { Khtsabert, HinTagher } });
        var incident = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
        Assert.Equal([Khtsabert, HinTagher], incident.GetProperty("places").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()));
    }

    [Fact]
    public async Task Put_DroppingAPlace_Is400NamingTheField()
    {
        using var client = await app.ApiClientAsync(Roles.Analyst);
        var id = await CreateAsync(client, "Keeps its place");

        using var response = await PutAsync(client, $"/api/v1/incidents/{id}", "\"0\"", new { name = "Keeps its place", startedOn = "2020-12", placeIds = Array.Empty<Guid>() });
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty("placeIds", out _));
    }

    [Fact]
    public async Task Put_UnknownId_Is404()
    {
        using var client = await app.ApiClientAsync(Roles.Analyst);

        using var response = await PutAsync(client, $"/api/v1/incidents/{Guid.NewGuid()}", "\"0\"", new { name = "Nobody", startedOn = "2020" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<Guid> CreateAsync(HttpClient client, string name)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/incidents", new { name, startedOn = "2020-12", placeIds = new[] { Khtsabert } }, Cancel);
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
