using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Whereabouts.Application.Accounts;
using Whereabouts.Application.Demo;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Api;

public sealed class SourcesApiTests(WebApp app) : IClassFixture<WebApp>
{
    private static readonly Guid MinistryStatement = DemoIds.For("source/mod-armenia-hadrut-missing");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task List_WithoutAKey_Is401()
    {
        using var client = app.Anonymous();

        using var response = await client.GetAsync(new Uri("/api/v1/sources", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task List_ViewerKey_ReturnsAPageWithNamesAndTextDates()
    {
        using var client = await app.ApiClientAsync(Roles.Viewer);

        var page = await GetJsonAsync(client, "/api/v1/sources?pageSize=5&page=2");

        Assert.Equal(5, page.GetProperty("items").GetArrayLength());
        Assert.Equal(2, page.GetProperty("page").GetInt32());
        Assert.Equal(5, page.GetProperty("pageSize").GetInt32());
        Assert.True(page.GetProperty("total").GetInt32() >= DemoCatalog.Build().Sources.Count);
        var first = page.GetProperty("items")[0];
        Assert.Equal(JsonValueKind.String, first.GetProperty("kind").ValueKind);
        Assert.Matches("^[A-F]$", first.GetProperty("reliability").GetString());
    }

    [Fact]
    public async Task List_WithAQuery_KeepsTheMatchingSources()
    {
        using var client = await app.ApiClientAsync(Roles.Viewer);

        var page = await GetJsonAsync(client, "/api/v1/sources?q=ministry%20of%20defence%20of%20azerbaijan");

        var item = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal("Ministry of Defence of Azerbaijan", item.GetProperty("publisher").GetString());
        Assert.Equal("2021-11", item.GetProperty("publishedOn").GetString());
    }

    [Fact]
    public async Task Get_ViewerKey_ReturnsTheSourceWithItsETag()
    {
        using var client = await app.ApiClientAsync(Roles.Viewer);

        using var response = await client.GetAsync(new Uri($"/api/v1/sources/{MinistryStatement}", UriKind.Relative), Cancel);
        var source = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"0\"", response.Headers.ETag?.Tag);
        Assert.Equal("OfficialStatement", source.GetProperty("kind").GetString());
        Assert.Equal("B", source.GetProperty("reliability").GetString());
        Assert.Equal("2020-12", source.GetProperty("publishedOn").GetString());
    }

    [Fact]
    public async Task Get_UnknownId_Is404ProblemDetails()
    {
        using var client = await app.ApiClientAsync(Roles.Viewer);

        using var response = await client.GetAsync(new Uri($"/api/v1/sources/{Guid.NewGuid()}", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Claims_MinistryStatement_ListsTheDeniedFigureToo()
    {
        using var client = await app.ApiClientAsync(Roles.Viewer);

        var claims = await GetJsonAsync(client, $"/api/v1/sources/{MinistryStatement}/claims");

        Assert.Contains(claims.EnumerateArray(), c => c.GetProperty("count").GetInt32() == 171 && c.GetProperty("status").GetString() == "Denied");
        Assert.All(claims.EnumerateArray(), c => Assert.Equal("Missing", c.GetProperty("category").GetString()));
        Assert.All(claims.EnumerateArray(), c => Assert.Equal("2020-12", c.GetProperty("asOf").GetString()));
    }

    [Fact]
    public async Task Claims_UnknownId_Is404()
    {
        using var client = await app.ApiClientAsync(Roles.Viewer);

        using var response = await client.GetAsync(new Uri($"/api/v1/sources/{Guid.NewGuid()}/claims", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData(Roles.Viewer)]
    [InlineData(Roles.Caseworker)]
    public async Task Create_RoleThatMayNotEditSources_Is403(string role)
    {
        using var client = await app.ApiClientAsync(role);

        using var response = await client.PostAsJsonAsync("/api/v1/sources", new { title = "Not allowed" }, Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Create_AnalystKey_Is201WithLocationAndETag()
    {
        using var client = await app.ApiClientAsync(Roles.Analyst);

        using var response = await client.PostAsJsonAsync("/api/v1/sources", new
        {
            kind = "IcrcCommunication",
            title = "ICRC note on visits",
            publishedOn = "~2020-12-20",
            reliability = "A",
            retrievedAt = "2020-12-21T08:30:00Z",
        }, Cancel);
        var source = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"/api/v1/sources/{source.GetProperty("id").GetGuid()}", response.Headers.Location?.OriginalString);
        Assert.Equal("\"0\"", response.Headers.ETag?.Tag);
        Assert.Equal("IcrcCommunication", source.GetProperty("kind").GetString());
        Assert.Equal("~2020-12-20", source.GetProperty("publishedOn").GetString());
        Assert.Equal("A", source.GetProperty("reliability").GetString());
    }

    [Fact]
    public async Task Create_AskedInRussian_AnswersTheMessagesInEnglishWithInvariantValues()
    {
        // The API's messages name fields and stay English whatever the client's language (ADR 0027).
        using var client = await app.ApiClientAsync(Roles.Analyst);
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("ru"));

        using var response = await client.PostAsJsonAsync("/api/v1/sources", new { title = new string('x', 501), publishedOn = "2999-01-15" }, Cancel);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("errors");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Keep it to 500 characters; this is 501.", errors.GetProperty("title")[0].GetString());
        Assert.Equal("2999-01-15 is in the future.", errors.GetProperty("publishedOn")[0].GetString());
    }

    [Fact]
    public async Task Create_WithoutATitleAndWithABadKind_Is400NamingBothFields()
    {
        using var client = await app.ApiClientAsync(Roles.Analyst);

        using var response = await client.PostAsJsonAsync("/api/v1/sources", new { kind = "Newspaper", title = "" }, Cancel);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty("title", out _));
        Assert.True(problem.GetProperty("errors").TryGetProperty("kind", out _));
    }

    [Fact]
    public async Task Put_WithoutIfMatch_Is428()
    {
        using var client = await app.ApiClientAsync(Roles.Analyst);
        var id = await CreateAsync(client, "Needs If-Match");

        using var response = await client.PutAsJsonAsync($"/api/v1/sources/{id}", new { title = "Changed" }, Cancel);

        Assert.Equal((HttpStatusCode)428, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Put_StaleIfMatch_Is412AndChangesNothing()
    {
        using var client = await app.ApiClientAsync(Roles.Analyst);
        var id = await CreateAsync(client, "Edited twice");
        using (var first = await PutAsync(client, $"/api/v1/sources/{id}", "\"0\"", new { title = "First edit" }))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        using var second = await PutAsync(client, $"/api/v1/sources/{id}", "\"0\"", new { title = "Second edit from an old copy" });

        Assert.Equal(HttpStatusCode.PreconditionFailed, second.StatusCode);
        var source = await GetJsonAsync(client, $"/api/v1/sources/{id}");
        Assert.Equal("First edit", source.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Put_CurrentIfMatch_Is200WithTheNextETag()
    {
        using var client = await app.ApiClientAsync(Roles.Administrator);
        var id = await CreateAsync(client, "Before");

        using var response = await PutAsync(client, $"/api/v1/sources/{id}", "\"0\"", new { kind = "Video", title = "After", reliability = "d" });
        var source = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
        Assert.Equal("After", source.GetProperty("title").GetString());
        Assert.Equal("Video", source.GetProperty("kind").GetString());
        Assert.Equal("D", source.GetProperty("reliability").GetString());
    }

    [Fact]
    public async Task Put_UnknownId_Is404()
    {
        using var client = await app.ApiClientAsync(Roles.Analyst);

        using var response = await PutAsync(client, $"/api/v1/sources/{Guid.NewGuid()}", "\"0\"", new { title = "Nobody" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Put_InvalidDate_Is400NamingTheField()
    {
        using var client = await app.ApiClientAsync(Roles.Analyst);
        var id = await CreateAsync(client, "Dated");

        using var response = await PutAsync(client, $"/api/v1/sources/{id}", "\"0\"", new { title = "Dated", publishedOn = "December 2020" });
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty("publishedOn", out _));
    }

    [Fact]
    public async Task Put_ViewerKey_Is403()
    {
        using var analyst = await app.ApiClientAsync(Roles.Analyst);
        var id = await CreateAsync(analyst, "Viewers may not edit");
        using var viewer = await app.ApiClientAsync(Roles.Viewer);

        using var response = await PutAsync(viewer, $"/api/v1/sources/{id}", "\"0\"", new { title = "Changed" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task AddClaim_Analyst_Is201WithTheClaimAcceptedAndListedOnTheSource()
    {
        using var client = await app.ApiClientAsync(Roles.Analyst);
        var id = await CreateAsync(client, "INVENTED statement with a figure typed in by hand");

        using var response = await client.PostAsJsonAsync($"/api/v1/sources/{id}/claims", new
        {
            count = 12, qualifier = "AtLeast", category = "Captured", side = "Armenian", asOf = "2020-11",
            claimedBy = "An invented spokesman", quote = "At least 12 invented soldiers were captured in November.",
        }, Cancel);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var claim = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal((12, "AtLeast", "Captured", "armenian", "2020-11", "Accepted"), (
            claim.GetProperty("count").GetInt32(), claim.GetProperty("qualifier").GetString(), claim.GetProperty("category").GetString(),
            claim.GetProperty("side").GetString(), claim.GetProperty("asOf").GetString(), claim.GetProperty("review").GetString()));
        var listed = await GetJsonAsync(client, $"/api/v1/sources/{id}/claims");
        Assert.Equal(claim.GetProperty("id").GetGuid(), Assert.Single(listed.EnumerateArray()).GetProperty("id").GetGuid());
    }

    [Theory]
    [InlineData("quote")]
    [InlineData("category")]
    public async Task AddClaim_WithoutARequiredField_Is400NamingItAndSavesNothing(string missing)
    {
        using var client = await app.ApiClientAsync(Roles.Analyst);
        var id = await CreateAsync(client, $"INVENTED statement without its {missing}");
        var body = new Dictionary<string, object?> { ["count"] = 5, ["category"] = "Missing", ["quote"] = "Five invented men are missing." };
        body.Remove(missing);

        using var response = await client.PostAsJsonAsync($"/api/v1/sources/{id}/claims", body, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.True(problem.GetProperty("errors").TryGetProperty(missing, out _));
        Assert.Equal(0, (await GetJsonAsync(client, $"/api/v1/sources/{id}/claims")).GetArrayLength());
    }

    [Fact]
    public async Task AddClaim_UnknownSource_Is404AndViewerIs403()
    {
        using var analyst = await app.ApiClientAsync(Roles.Analyst);
        using var viewer = await app.ApiClientAsync(Roles.Viewer);
        var claim = new { count = 5, category = "Missing", quote = "Five invented men are missing." };

        using var unknown = await analyst.PostAsJsonAsync($"/api/v1/sources/{Guid.NewGuid()}/claims", claim, Cancel);
        using var refused = await viewer.PostAsJsonAsync($"/api/v1/sources/{MinistryStatement}/claims", claim, Cancel);

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    private static async Task<Guid> CreateAsync(HttpClient client, string title)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/sources", new { kind = "NewsArticle", title }, Cancel);
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
