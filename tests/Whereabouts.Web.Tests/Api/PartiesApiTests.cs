using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Whereabouts.Application.Accounts;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Api;

public sealed class PartiesApiTests(WebApp app) : IClassFixture<WebApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task List_ViewerKey_GivesTheDemoPartiesBySlugWithTheirNames()
    {
        using var client = await app.ApiClientAsync(Roles.Viewer);

        using var response = await client.GetAsync(new Uri("/api/v1/parties", UriKind.Relative), Cancel);
        var parties = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var armenian = parties.EnumerateArray().Single(p => p.GetProperty("slug").GetString() == "armenian");
        Assert.Equal(("Armenia", "Армения"), (armenian.GetProperty("nameEn").GetString(), armenian.GetProperty("nameRu").GetString()));
    }

    [Fact]
    public async Task Post_CaseworkerKey_Is403()
    {
        using var client = await app.ApiClientAsync(Roles.Caseworker);

        using var response = await client.PostAsJsonAsync("/api/v1/parties", new { slug = "westland", nameEn = "Westland" }, Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("west land", "Westland", "slug")]
    [InlineData("armenian", "Armenia again", "slug")]
    [InlineData("westland", "", "nameEn")]
    public async Task Post_BadSlugTakenSlugOrNoEnglishName_Is400NamingTheField(string slug, string nameEn, string field)
    {
        using var client = await app.ApiClientAsync(Roles.Administrator);

        using var response = await client.PostAsJsonAsync("/api/v1/parties", new { slug, nameEn }, Cancel);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task PostThenPut_AdministratorKey_AddsThenRenamesWithIfMatchAndRefusesAStaleOne()
    {
        using var client = await app.ApiClientAsync(Roles.Administrator);
        var slug = "eastland-" + Guid.NewGuid().ToString("N")[..6];

        using var created = await client.PostAsJsonAsync("/api/v1/parties", new { slug, nameEn = "Eastland" }, Cancel);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"/api/v1/parties/{slug}", created.Headers.Location?.OriginalString);

        using var withoutIfMatch = await client.PutAsJsonAsync($"/api/v1/parties/{slug}", new { nameEn = "East Land" }, Cancel);
        Assert.Equal((HttpStatusCode)428, withoutIfMatch.StatusCode);

        using var renamed = await PutAsync(client, $"/api/v1/parties/{slug.ToUpperInvariant()}", "\"0\"", new { nameEn = "East Land", nameHy = "Արևելք" });
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        var party = await renamed.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal(("East Land", "Արևելք", slug), (party.GetProperty("nameEn").GetString(), party.GetProperty("nameHy").GetString(), party.GetProperty("slug").GetString()));

        using var stale = await PutAsync(client, $"/api/v1/parties/{slug}", "\"0\"", new { nameEn = "Eastlands" });
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
    }

    [Fact]
    public async Task StillHeld_SideInTheEnumsSpelling_StillWorks()
    {
        using var client = await app.ApiClientAsync(Roles.Viewer);

        using var response = await client.GetAsync(new Uri("/api/v1/reports/still-held?side=Armenian&asOf=2020-12-15", UriKind.Relative), Cancel);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("armenian", report.GetProperty("side").GetString());
    }

    private static async Task<HttpResponseMessage> PutAsync(HttpClient client, string path, string ifMatch, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri(path, UriKind.Relative)) { Content = JsonContent.Create(body) };
        request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(ifMatch));
        return await client.SendAsync(request, Cancel);
    }
}
