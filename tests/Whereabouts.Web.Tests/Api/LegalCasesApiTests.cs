using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Whereabouts.Application.Accounts;
using Whereabouts.Application.Demo;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Api;

public sealed class LegalCasesApiTests(WebApp app) : IClassFixture<WebApp>
{
    private static readonly Guid HinTagher1 = DemoIds.For("person/hin-tagher/1");
    private static readonly Guid HinTagher2 = DemoIds.For("person/hin-tagher/2");
    private static readonly Guid EchrApplications = DemoIds.For("source/invented/echr-applications");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task List_ByPerson_ReturnsTheDemoCasesAboutThatPerson()
    {
        using var client = await app.ApiClientAsync(Roles.Viewer);

        var page = await GetJsonAsync(client, $"/api/v1/legal-cases?personId={HinTagher1}&forum=EuropeanCourtOfHumanRights");

        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(items, i => i.GetProperty("kind").GetString() == "InterimMeasuresRequest" && i.GetProperty("lodgedOn").GetString()!.StartsWith("2020-12", StringComparison.Ordinal));
        Assert.All(items, i => Assert.Equal("EuropeanCourtOfHumanRights", i.GetProperty("forumKind").GetString()));
    }

    [Fact]
    public async Task List_UnknownStatus_Is400NamingTheStatus()
    {
        using var client = await app.ApiClientAsync(Roles.Viewer);

        using var response = await client.GetAsync(new Uri("/api/v1/legal-cases?status=Lost", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.True(problem.GetProperty("errors").TryGetProperty("status", out _));
    }

    [Fact]
    public async Task Create_CounselKey_Answers201WithTheCaseAndItsETag()
    {
        using var client = await app.ApiClientAsync(Roles.Counsel);

        using var response = await client.PostAsJsonAsync("/api/v1/legal-cases", Application("TEST-1/21"), Cancel);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("\"0\"", response.Headers.ETag?.Tag);
        Assert.Equal($"/api/v1/legal-cases/{created.GetProperty("id").GetGuid()}", response.Headers.Location?.ToString());
        Assert.Equal("TEST-1/21", created.GetProperty("number").GetString());
        Assert.Equal("2021-02", created.GetProperty("lodgedOn").GetString());
        Assert.Equal(2, created.GetProperty("people").GetArrayLength());
        Assert.Equal(EchrApplications, created.GetProperty("documents")[0].GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Create_EchrApplicationWithoutNumber_Is400NamingTheNumber()
    {
        using var client = await app.ApiClientAsync(Roles.Caseworker);

        using var response = await client.PostAsJsonAsync("/api/v1/legal-cases", Application(null), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("errors");
        Assert.Contains("application number", errors.GetProperty("number")[0].GetString(), StringComparison.Ordinal);
        Assert.False(errors.TryGetProperty("title", out _));
    }

    [Fact]
    public async Task Create_UnknownPerson_Is400NamingThePeople()
    {
        using var client = await app.ApiClientAsync(Roles.Caseworker);
        var stranger = Guid.NewGuid();

        using var response = await client.PostAsJsonAsync("/api/v1/legal-cases", Application("TEST-0/21") with { personIds = [stranger] }, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("errors");
        Assert.Contains(stranger.ToString(), errors.GetProperty("personIds")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Revise_WithoutIfMatch_Is428AndWithAStaleOne_Is412()
    {
        using var client = await app.ApiClientAsync(Roles.Counsel);
        var id = await CreateAsync(client, "TEST-2/21");

        using var noPrecondition = await client.PutAsJsonAsync($"/api/v1/legal-cases/{id}", Application("TEST-2/21"), Cancel);
        using var stale = new HttpRequestMessage(HttpMethod.Put, new Uri($"/api/v1/legal-cases/{id}", UriKind.Relative))
        {
            Content = JsonContent.Create(Application("TEST-2/21") with { status = "Communicated" }),
        };
        stale.Headers.IfMatch.Add(new EntityTagHeaderValue("\"7\""));
        using var staleResponse = await client.SendAsync(stale, Cancel);

        Assert.Equal(HttpStatusCode.PreconditionRequired, noPrecondition.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, staleResponse.StatusCode);
        var unchanged = await GetJsonAsync(client, $"/api/v1/legal-cases/{id}");
        Assert.Equal("Pending", unchanged.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Revise_WithTheCurrentETag_SavesAndBumpsTheVersion()
    {
        using var client = await app.ApiClientAsync(Roles.Counsel);
        var id = await CreateAsync(client, "TEST-3/21");
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri($"/api/v1/legal-cases/{id}", UriKind.Relative))
        {
            Content = JsonContent.Create(Application("TEST-3/21") with { status = "Communicated" }),
        };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue("\"0\""));

        using var response = await client.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);
        Assert.Equal("Communicated", (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task AddProceeding_DecisionAfterLodging_IsRecordedAndShownInDateOrder()
    {
        using var client = await app.ApiClientAsync(Roles.Caseworker);
        var id = await CreateAsync(client, "TEST-4/21");

        using var later = await client.PostAsJsonAsync($"/api/v1/legal-cases/{id}/proceedings",
            new { on = "2021-09-10", kind = "Communication", description = "Notice given to the government." }, Cancel);
        using var earlier = await client.PostAsJsonAsync($"/api/v1/legal-cases/{id}/proceedings",
            new { on = "2021-03", kind = "Decision", description = "Priority granted.", sourceId = EchrApplications }, Cancel);

        Assert.Equal(HttpStatusCode.Created, later.StatusCode);
        Assert.Equal(HttpStatusCode.Created, earlier.StatusCode);
        Assert.Equal("\"2\"", earlier.Headers.ETag?.Tag);
        var steps = (await GetJsonAsync(client, $"/api/v1/legal-cases/{id}")).GetProperty("proceedings");
        Assert.Equal(["2021-03", "2021-09-10"], steps.EnumerateArray().Select(s => s.GetProperty("on").GetString()));
        Assert.Equal(EchrApplications, steps[0].GetProperty("source").GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task AddProceeding_DatedBeforeTheCaseWasLodged_Is400OnTheDateAndAddsNothing()
    {
        using var client = await app.ApiClientAsync(Roles.Counsel);
        var id = await CreateAsync(client, "TEST-5/21");

        using var response = await client.PostAsJsonAsync($"/api/v1/legal-cases/{id}/proceedings",
            new { on = "2020-12-20", kind = "Decision", description = "Interim measures indicated." }, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("errors");
        Assert.Contains("before the case was lodged", errors.GetProperty("on")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(0, (await GetJsonAsync(client, $"/api/v1/legal-cases/{id}")).GetProperty("proceedings").GetArrayLength());
    }

    [Fact]
    public async Task Create_ViewerKey_Is403()
    {
        using var client = await app.ApiClientAsync(Roles.Viewer);

        using var response = await client.PostAsJsonAsync("/api/v1/legal-cases", Application("TEST-6/21"), Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static CaseBody Application(string? number) => new(
        "Application on detention (test)", "EuropeanCourtOfHumanRights", "European Court of Human Rights", number, "Application", "2021-02",
        [HinTagher1, HinTagher2], ["Counsel T. Test"], [], null, null, [EchrApplications], null);

    private static async Task<Guid> CreateAsync(HttpClient client, string number)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/legal-cases", Application(number), Cancel);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("id").GetGuid();
    }

    private static async Task<JsonElement> GetJsonAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
    }

#pragma warning disable IDE1006, SA1300 // JSON names, as a client writes them.
    private sealed record CaseBody(
        string? title, string? forumKind, string? forumName, string? number, string? kind, string? lodgedOn, Guid[] personIds,
        string[] counsel, string[] charges, string? sentence, string? status, Guid[] sourceIds, string? notes);
#pragma warning restore IDE1006, SA1300
}
