using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Whereabouts.Application.Accounts;
using Whereabouts.Web.Tests.Support;
using static Whereabouts.Web.Tests.Api.PersonsApiTests;

namespace Whereabouts.Web.Tests.Api;

/// <summary>Retractions and withdrawals through the API, on people registered by the tests themselves (invented).</summary>
public sealed class PersonCorrectionsApiTests(WebApp app) : IClassFixture<WebApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PostRetraction_WithEvidenceAndIfMatch_Is201WithTheDossierWhoseCurrentFateChanged()
    {
        using var client = await app.ApiClientAsync(Roles.Caseworker);
        var (id, sourceId) = await RegisterWithFateAsync(client, "Retractyan");
        var capture = await AssertFateAsync(client, id, new { status = "CaptureConfirmed", asOf = "2020-12-13", sourceId, locator = "row 4", credibility = "1" });
        var etag = (await GetAsync(client, id)).ETag;

        using var response = await PostWithIfMatchAsync(
            client, $"/api/v1/persons/{id}/fates/{capture}/retraction", new { reason = "A namesake from another village.", sourceId, locator = "corrigendum, row 4" }, etag);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"/api/v1/persons/{id}", response.Headers.Location?.ToString());
        Assert.NotEqual(etag, response.Headers.ETag);
        Assert.Equal("Missing", body.GetProperty("currentFate").GetProperty("status").GetString());
        var retracted = body.GetProperty("timeline").EnumerateArray().Single(f => f.GetProperty("id").GetGuid() == capture);
        Assert.Equal("A namesake from another village.", retracted.GetProperty("retraction").GetProperty("reason").GetString());
        Assert.Equal("corrigendum, row 4", retracted.GetProperty("retraction").GetProperty("evidence").GetProperty("locator").GetString());
    }

    [Fact]
    public async Task PostRetraction_WithoutEvidence_Is400NamingTheFields()
    {
        using var client = await app.ApiClientAsync(Roles.Caseworker);
        var (id, _) = await RegisterWithFateAsync(client, "Noevidyan");
        var assertion = await FirstAssertionAsync(client, id);

        using var response = await client.PostAsJsonAsync(
            new Uri($"/api/v1/persons/{id}/fates/{assertion}/retraction", UriKind.Relative), new { reason = "Wrong." }, Cancel);

        var fields = await AssertValidationProblemAsync(response, "sourceId");
        Assert.Contains("quote", fields);
        Assert.DoesNotContain("reason", fields);
    }

    [Fact]
    public async Task PostRetraction_Twice_Is409WithTheRule()
    {
        using var client = await app.ApiClientAsync(Roles.Caseworker);
        var (id, sourceId) = await RegisterWithFateAsync(client, "Twiceyan");
        var assertion = await FirstAssertionAsync(client, id);
        var path = new Uri($"/api/v1/persons/{id}/fates/{assertion}/retraction", UriKind.Relative);
        using var first = await client.PostAsJsonAsync(path, new { reason = "Wrong.", sourceId, quote = "Not him." }, Cancel);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);

        using var second = await client.PostAsJsonAsync(path, new { reason = "Wrong again.", sourceId, quote = "Not him." }, Cancel);
        var body = await second.Content.ReadFromJsonAsync<JsonElement>(Cancel);

        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("retraction.duplicate", body.GetProperty("rule").GetString());
    }

    [Fact]
    public async Task PostRetraction_UnknownAssertion_Is404()
    {
        using var client = await app.ApiClientAsync(Roles.Caseworker);
        var (id, sourceId) = await RegisterWithFateAsync(client, "Unknownyan");

        using var response = await client.PostAsJsonAsync(
            new Uri($"/api/v1/persons/{id}/fates/{Guid.NewGuid()}/retraction", UriKind.Relative), new { reason = "Wrong.", sourceId, quote = "Not him." }, Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task PostRetraction_StaleIfMatch_Is412AndRetractsNothing()
    {
        using var client = await app.ApiClientAsync(Roles.Caseworker);
        var (id, sourceId) = await RegisterWithFateAsync(client, "Stalretyan");
        var (assertion, etag) = (await FirstAssertionAsync(client, id), (await GetAsync(client, id)).ETag);
        await AssertFateAsync(client, id, new { status = "ReportedCaptured", asOf = "2020-12-01", sourceId, locator = "row 9", credibility = "3" });

        using var response = await PostWithIfMatchAsync(
            client, $"/api/v1/persons/{id}/fates/{assertion}/retraction", new { reason = "Wrong.", sourceId, quote = "Not him." }, etag);

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.All((await GetAsync(client, id)).Body.GetProperty("timeline").EnumerateArray(), f => Assert.Equal(JsonValueKind.Null, f.GetProperty("retraction").ValueKind));
    }

    [Fact]
    public async Task PostRetraction_ViewerKey_Is403()
    {
        using var client = await app.ApiClientAsync(Roles.Viewer);

        using var response = await client.PostAsJsonAsync(
            new Uri($"/api/v1/persons/{Guid.NewGuid()}/fates/{Guid.NewGuid()}/retraction", UriKind.Relative), new { reason = "Wrong." }, Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task PostRetraction_OfAConfirmedDeathThatBlocksARelease_LetsTheReleaseThrough()
    {
        using var client = await app.ApiClientAsync(Roles.Caseworker);
        var (id, sourceId) = await RegisterWithFateAsync(client, "Blockyan");
        var death = await AssertFateAsync(client, id, new { status = "Deceased", asOf = "2020-11-20", sourceId, locator = "row 2", credibility = "1" });
        var release = new { status = "Released", asOf = "2021-01-20", sourceId, locator = "row 3", credibility = "1" };
        using (var blocked = await client.PostAsJsonAsync(new Uri($"/api/v1/persons/{id}/fates", UriKind.Relative), release, Cancel))
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, blocked.StatusCode);
            Assert.Equal("fate.cannot-follow", (await blocked.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("rule").GetString());
        }

        using var retraction = await client.PostAsJsonAsync(
            new Uri($"/api/v1/persons/{id}/fates/{death}/retraction", UriKind.Relative), new { reason = "The remains were another man's.", sourceId, locator = "DNA report, p. 2" }, Cancel);
        using var accepted = await client.PostAsJsonAsync(new Uri($"/api/v1/persons/{id}/fates", UriKind.Relative), release, Cancel);

        Assert.Equal(HttpStatusCode.Created, retraction.StatusCode);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal("Released", (await accepted.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("currentFate").GetProperty("status").GetString());
    }

    [Fact]
    public async Task PostWithdrawal_WrongSpelling_Is201AndTheSpellingIsNoLongerSearched()
    {
        using var client = await app.ApiClientAsync(Roles.Caseworker);
        var (id, _) = await RegisterAsync(client, "Withdrawyan");
        using (var added = await client.PostAsJsonAsync(new Uri($"/api/v1/persons/{id}/names", UriKind.Relative), new { givenName = "Aram", familyName = "Zzmistypedyan" }, Cancel))
        {
            Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        }

        using var response = await client.PostAsJsonAsync(
            new Uri($"/api/v1/persons/{id}/names/1/withdrawal", UriKind.Relative), new { reason = "Typed wrongly." }, Cancel);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(["Aram Withdrawyan"], body.GetProperty("names").EnumerateArray().Select(n => n.GetProperty("fullName").GetString()));
        var withdrawn = Assert.Single(body.GetProperty("withdrawnNames").EnumerateArray());
        Assert.Equal("Aram Zzmistypedyan", withdrawn.GetProperty("name").GetProperty("fullName").GetString());
        var found = await GetJsonAsync(client, "/api/v1/persons?q=Zzmistypedyan");
        Assert.Equal(0, found.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task PostWithdrawal_LastSpelling_Is422WithTheRule()
    {
        using var client = await app.ApiClientAsync(Roles.Caseworker);
        var (id, _) = await RegisterAsync(client, "Lastyan");

        using var response = await client.PostAsJsonAsync(
            new Uri($"/api/v1/persons/{id}/names/0/withdrawal", UriKind.Relative), new { reason = "Typed wrongly." }, Cancel);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("name.last-form", body.GetProperty("rule").GetString());
    }

    [Fact]
    public async Task PostWithdrawal_NoSuchSpelling_Is404()
    {
        using var client = await app.ApiClientAsync(Roles.Caseworker);
        var (id, _) = await RegisterAsync(client, "Nospellyan");

        using var response = await client.PostAsJsonAsync(
            new Uri($"/api/v1/persons/{id}/names/5/withdrawal", UriKind.Relative), new { reason = "Typed wrongly." }, Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    // An invented person, missing since 9 November 2020 on a demo source.
    private static async Task<(Guid Id, Guid SourceId)> RegisterWithFateAsync(HttpClient client, string familyName)
    {
        var (id, _) = await RegisterAsync(client, familyName);
        var sourceId = await AnySourceIdAsync(client);
        await AssertFateAsync(client, id, new { status = "Missing", asOf = "2020-11-09", sourceId, locator = "row 1", credibility = "2" });
        return (id, sourceId);
    }

    private static async Task<Guid> AssertFateAsync(HttpClient client, Guid id, object fate)
    {
        var before = (await GetAsync(client, id)).Body.GetProperty("timeline").EnumerateArray().Select(f => f.GetProperty("id").GetGuid()).ToHashSet();
        using var response = await client.PostAsJsonAsync(new Uri($"/api/v1/persons/{id}/fates", UriKind.Relative), fate, Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        return body.GetProperty("timeline").EnumerateArray().Select(f => f.GetProperty("id").GetGuid()).Single(f => !before.Contains(f));
    }

    private static async Task<Guid> FirstAssertionAsync(HttpClient client, Guid id) =>
        (await GetAsync(client, id)).Body.GetProperty("timeline")[0].GetProperty("id").GetGuid();

    private static async Task<(JsonElement Body, EntityTagHeaderValue ETag)> GetAsync(HttpClient client, Guid id)
    {
        using var response = await client.GetAsync(new Uri($"/api/v1/persons/{id}", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel), response.Headers.ETag!);
    }
}
