using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Whereabouts.Application.Accounts;
using Whereabouts.Application.Demo;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Api;

/// <summary>
/// POST /api/v1/persons/{id}/same-person and its undo, and GET /api/v1/persons/{id}/identity, on the
/// demo registry and on invented people registered by the tests.
/// </summary>
public sealed class SamePersonApiTests(WebApp app) : IClassFixture<WebApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Judge_TwoRecordsOfOneMan_Is201AndOneEntryInSearch_UndoIs201AndRestoresTwo()
    {
        using var client = await app.ApiClientAsync(Roles.Caseworker);
        var first = await RegisterAsync(client, "Zhoinyan");
        var second = await RegisterAsync(client, "Zhoinyan");

        using var judged = await client.PostAsJsonAsync($"/api/v1/persons/{second}/same-person", new { otherId = first, note = "The same man (invented)." }, Cancel);
        var body = await judged.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        var joined = await SearchAsync(client, "Zhoinyan");
        var identity = await client.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/persons/{second}/identity", UriKind.Relative), Cancel);
        var dossier = await client.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/persons/{first}", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.Created, judged.StatusCode);
        Assert.Equal("Same", body.GetProperty("decision").GetString());
        Assert.Equal(Min(first, second), body.GetProperty("identityId").GetGuid());
        Assert.NotEqual(Guid.Empty, body.GetProperty("pairId").GetGuid());
        Assert.Equal([Min(first, second)], joined);
        Assert.Equal(2, identity.GetProperty("records").GetArrayLength());
        Assert.Equal(2, dossier.GetProperty("identity").GetProperty("names").GetArrayLength());

        using var undone = await client.PostAsJsonAsync(
            $"/api/v1/persons/{second}/same-person/{body.GetProperty("id").GetGuid()}/undo", new { note = "Two men after all (invented)." }, Cancel);
        var undoBody = await undone.Content.ReadFromJsonAsync<JsonElement>(Cancel);

        // Back to the judgement before it: registering the second record with confirmedNew recorded
        // "not the same" against the first, which the "same" judgement had overruled.
        Assert.Equal(HttpStatusCode.Created, undone.StatusCode);
        Assert.Equal("NotSame", undoBody.GetProperty("decision").GetString());
        Assert.Equal(second, undoBody.GetProperty("identityId").GetGuid());
        Assert.Equal(2, (await SearchAsync(client, "Zhoinyan")).Count);
    }

    [Fact]
    public async Task Judge_DemoRecordsOfDifferentSidesUnconfirmed_Is422WithTheRuleAndTheReason()
    {
        using var client = await app.ApiClientAsync(Roles.Caseworker);
        var first = DemoIds.For("person/hin-tagher/20");
        var second = DemoIds.For("person/az-missing/2");

        using var response = await client.PostAsJsonAsync($"/api/v1/persons/{first}/same-person", new { otherId = second }, Cancel);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("identity.confirmation-required", problem.GetProperty("rule").GetString());
        Assert.Contains("different sides", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Judge_NotSame_Is201WithTheDecision()
    {
        using var client = await app.ApiClientAsync(Roles.Administrator);
        var first = DemoIds.For("person/hin-tagher/22");
        var second = DemoIds.For("person/hin-tagher/23");

        using var response = await client.PostAsJsonAsync($"/api/v1/persons/{first}/same-person", new { otherId = second, decision = "notSame", note = "Different fathers (invented)." }, Cancel);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("NotSame", body.GetProperty("decision").GetString());
        Assert.Equal(first, body.GetProperty("identityId").GetGuid());
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-an-id")]
    [InlineData("00000000-0000-0000-0000-00000000beef")]
    public async Task Judge_MissingMalformedOrUnknownOtherId_Is400NamingOtherId(string otherId)
    {
        using var client = await app.ApiClientAsync(Roles.Caseworker);

        using var response = await client.PostAsJsonAsync($"/api/v1/persons/{DemoIds.For("person/hin-tagher/24")}/same-person", new { otherId }, Cancel);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty("otherId", out _));
    }

    [Fact]
    public async Task Judge_UnknownPerson_Is404()
    {
        using var client = await app.ApiClientAsync(Roles.Caseworker);

        using var response = await client.PostAsJsonAsync($"/api/v1/persons/{Guid.NewGuid()}/same-person", new { otherId = DemoIds.For("person/hin-tagher/24") }, Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Undo_UnknownJudgement_Is404()
    {
        using var client = await app.ApiClientAsync(Roles.Caseworker);

        using var response = await client.PostAsJsonAsync($"/api/v1/persons/{DemoIds.For("person/hin-tagher/24")}/same-person/{Guid.NewGuid()}/undo", new { note = "x" }, Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Judge_Viewer_Is403()
    {
        using var client = await app.ApiClientAsync(Roles.Viewer);

        using var response = await client.PostAsJsonAsync(
            $"/api/v1/persons/{DemoIds.For("person/hin-tagher/25")}/same-person", new { otherId = DemoIds.For("person/hin-tagher/26") }, Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static Guid Min(Guid a, Guid b) => a.CompareTo(b) < 0 ? a : b;

    private static async Task<Guid> RegisterAsync(HttpClient client, string familyName)
    {
        // confirmedNew: the two records are registered apart on purpose, to be joined.
        using var response = await client.PostAsJsonAsync(
            new Uri("/api/v1/persons", UriKind.Relative), new { givenName = "Vardan", familyName, birthDate = "2001", side = "armenian", confirmedNew = true }, Cancel);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("id").GetGuid();
    }

    private static async Task<List<Guid>> SearchAsync(HttpClient client, string q)
    {
        var page = await client.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/persons?q={q}", UriKind.Relative), Cancel);
        return [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid())];
    }
}
