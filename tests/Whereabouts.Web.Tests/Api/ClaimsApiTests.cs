using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Whereabouts.Application.Accounts;
using Whereabouts.Application.Demo;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Api;

public sealed class ClaimsApiTests(WebApp app) : IClassFixture<WebApp>
{
    private static readonly Guid HinTagherFighting = DemoIds.For("incident/hin-tagher-khtsabert");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Documents_PostText_ArchivesItAndItsClaimsWaitForReview()
    {
        using var client = await app.ApiClientAsync(Roles.Analyst);

        using var response = await client.PostAsJsonAsync("/api/v1/documents", new { text = Article("api text"), reliability = "B" }, Cancel);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var added = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal(3, added.GetProperty("claimsProposed").GetInt32());
        Assert.Matches("^[0-9a-f]{64}$", added.GetProperty("sha256").GetString());
        var pending = await client.GetFromJsonAsync<JsonElement>($"/api/v1/claims/pending?source={added.GetProperty("sourceId").GetGuid()}", Cancel);
        Assert.Equal(3, pending.GetProperty("total").GetInt32());
        Assert.All(pending.GetProperty("items").EnumerateArray(), c => Assert.Equal("Pending", c.GetProperty("review").GetString()));
    }

    [Fact]
    public async Task Documents_ParagraphStartingWithAnd_Is201WithItsClaim()
    {
        // The issue's case: the engine crashed on it, and the API answered an empty 400.
        using var client = await app.ApiClientAsync(Roles.Analyst);
        var text = "Invented statement on the api-and bridge\n\nAnd five soldiers were captured near the invented bridge.";

        using var response = await client.PostAsJsonAsync("/api/v1/documents", new { text }, Cancel);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(1, (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("claimsProposed").GetInt32());
    }

    [Fact]
    public async Task Documents_BadBase64_Is400NamingTheField()
    {
        using var client = await app.ApiClientAsync(Roles.Analyst);

        using var response = await client.PostAsJsonAsync("/api/v1/documents", new { contentBase64 = "not base64!", fileName = "a.html" }, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.True(problem.GetProperty("errors").TryGetProperty("contentBase64", out _));
    }

    [Fact]
    public async Task Accept_WithTheETag_AcceptsAndAStaleETagIs412()
    {
        using var client = await app.ApiClientAsync(Roles.Analyst);
        var html = Convert.ToBase64String(Encoding.UTF8.GetBytes($"<html><body><article>{string.Concat(Article("api accept").Split('\n').Select(l => $"<p>{l}</p>"))}</article></body></html>"));
        using var posted = await client.PostAsJsonAsync("/api/v1/documents", new { contentBase64 = html, fileName = "accept.html" }, Cancel);
        var source = (await posted.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("sourceId").GetGuid();
        var claim = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/claims/pending?source={source}", Cancel)).GetProperty("items")[0];
        var id = claim.GetProperty("id").GetGuid();

        using var withoutETag = await client.PostAsync(new Uri($"/api/v1/claims/{id}/accept", UriKind.Relative), null, Cancel);
        using var accepted = await SendAsync(client, $"/api/v1/claims/{id}/accept", "\"0\"");
        using var stale = await SendAsync(client, $"/api/v1/claims/{id}/reject", "\"0\"");

        Assert.Equal((HttpStatusCode)428, withoutETag.StatusCode);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal("Accepted", (await accepted.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("review").GetString());
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
    }

    [Fact]
    public async Task Accept_WithCorrections_AppliesThemAndAcceptsInOneSave()
    {
        using var client = await app.ApiClientAsync(Roles.Analyst);
        using var posted = await client.PostAsJsonAsync("/api/v1/documents", new { text = Article("api corrected accept") }, Cancel);
        var source = (await posted.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("sourceId").GetGuid();
        var claim = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/claims/pending?source={source}", Cancel)).GetProperty("items")[0];
        var id = claim.GetProperty("id").GetGuid();

        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/claims/{id}/accept")
        {
            Content = JsonContent.Create(new { count = 74, qualifier = "About", category = "Killed", asOf = "2020-12", quote = claim.GetProperty("quote").GetString() }),
        };
        request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse("\"0\""));
        using var accepted = await client.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var body = await accepted.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal((74, "About", "Killed", "2020-12", "Accepted"), (
            body.GetProperty("count").GetInt32(), body.GetProperty("qualifier").GetString(), body.GetProperty("category").GetString(),
            body.GetProperty("asOf").GetString(), body.GetProperty("review").GetString()));
        var stored = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/sources/{source}/claims", Cancel)).EnumerateArray().Single(c => c.GetProperty("id").GetGuid() == id);
        Assert.Equal(74, stored.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Accept_WithACorrectionMissingTheQuote_Is400AndTheClaimStillWaits()
    {
        using var client = await app.ApiClientAsync(Roles.Analyst);
        using var posted = await client.PostAsJsonAsync("/api/v1/documents", new { text = Article("api bad correction") }, Cancel);
        var source = (await posted.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("sourceId").GetGuid();
        var id = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/claims/pending?source={source}", Cancel)).GetProperty("items")[0].GetProperty("id").GetGuid();

        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/claims/{id}/accept") { Content = JsonContent.Create(new { count = 74, category = "Missing" }) };
        request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse("\"0\""));
        using var refused = await client.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True((await refused.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("errors").TryGetProperty("quote", out _));
        var pending = await client.GetFromJsonAsync<JsonElement>($"/api/v1/claims/pending?source={source}", Cancel);
        Assert.Contains(pending.GetProperty("items").EnumerateArray(), c => c.GetProperty("id").GetGuid() == id);
    }

    [Fact]
    public async Task Reconciliation_DemoFighting_ListsTheFiguresAndTheRegistry()
    {
        using var client = await app.ApiClientAsync(Roles.Viewer);

        var result = await client.GetFromJsonAsync<JsonElement>($"/api/v1/reconciliation?incident={HinTagherFighting}&category=missing&side=Armenian", Cancel);

        var figures = result.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("count").GetInt32()).Order().ToList();
        Assert.Equal([60, 73, 171], figures);
        Assert.True(result.GetProperty("disputed").GetBoolean());
        Assert.True(result.GetProperty("registryToday").GetInt32() > 0);
    }

    [Theory]
    [InlineData("category=Lost")]
    [InlineData("category=Missing&side=Martian")]
    [InlineData("category=Missing")]
    public async Task Reconciliation_BadQuery_Is400(string query)
    {
        using var client = await app.ApiClientAsync(Roles.Viewer);
        var incident = query.Contains("side", StringComparison.Ordinal) || query.Contains("Lost", StringComparison.Ordinal) ? $"&incident={HinTagherFighting}" : string.Empty;

        using var response = await client.GetAsync(new Uri($"/api/v1/reconciliation?{query}{incident}", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string path, string etag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path);
        request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(etag));
        return await client.SendAsync(request, Cancel);
    }

    private static string Article(string tag) => $"""
        date 2020-12-16
        Invented report ({tag}): the missing of Khtsabert

        The Ministry of Defence said on December 15 that the fate of 73 servicemen remained unknown after the fighting near Khtsabert.

        The ministry denied reports that 171 soldiers were missing.

        The ombudsman said about 60 soldiers were missing in Khtsabert and Hin Tagher.
        """;
}
