using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Whereabouts.Application.Accounts;
using Whereabouts.Application.Demo;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Api;

public sealed class CaptivityApiTests(WebApp app) : IClassFixture<WebApp>
{
    private static readonly Guid HinTagher16 = DemoIds.For("person/hin-tagher/16");
    private static readonly Guid IcrcList = DemoIds.For("source/invented/icrc-list-2020");
    private static readonly int[] LateIn2021 = [11, 12, 13];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RecordListRetract_CaseworkerKey_KeepsTheRetractedEventListed()
    {
        using var client = await app.ApiClientAsync(Roles.Caseworker);

        using var recorded = await client.PostAsJsonAsync($"/api/v1/persons/{HinTagher16}/captivity-events",
            new { kind = "Visit", occurredOn = "2021-02-01", detainingParty = "azerbaijani", by = "ICRC delegation (INVENTED)", sourceId = IcrcList }, Cancel);
        var saved = await recorded.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        var id = saved.GetProperty("id").GetGuid();
        using var retracted = await client.PostAsJsonAsync($"/api/v1/captivity-events/{id}/retraction", new { reason = "Another man (test)." }, Cancel);
        using var again = await client.PostAsJsonAsync($"/api/v1/captivity-events/{id}/retraction", new { reason = "Again." }, Cancel);
        var list = await client.GetFromJsonAsync<JsonElement>($"/api/v1/persons/{HinTagher16}/captivity-events", Cancel);

        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retracted.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.True((await again.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("errors").TryGetProperty("reason", out _));
        var listed = Assert.Single(list.EnumerateArray(), e => e.GetProperty("id").GetGuid() == id);
        Assert.False(listed.GetProperty("stands").GetBoolean());
        Assert.Equal("Another man (test).", listed.GetProperty("retractionReason").GetString());
    }

    [Fact]
    public async Task Record_UnknownPartyAndNoSource_NamesBothFields()
    {
        using var client = await app.ApiClientAsync(Roles.Administrator);

        using var response = await client.PostAsJsonAsync($"/api/v1/persons/{HinTagher16}/captivity-events",
            new { kind = "Visit", occurredOn = "2021-02-01", detainingParty = "atlantis" }, Cancel);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty("detainingParty", out _));
        Assert.True(problem.GetProperty("errors").TryGetProperty("sourceId", out _));
    }

    [Fact]
    public async Task Record_UnknownPerson_Is404()
    {
        using var client = await app.ApiClientAsync(Roles.Caseworker);

        using var response = await client.PostAsJsonAsync($"/api/v1/persons/{Guid.NewGuid()}/captivity-events",
            new { kind = "Visit", occurredOn = "2021-02-01", sourceId = IcrcList }, Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Obligations_DemoPartyNovember2021_GivesTheFiguresWithTheirPeople()
    {
        using var client = await app.ApiClientAsync(Roles.Viewer);

        var report = await client.GetFromJsonAsync<JsonElement>("/api/v1/reports/obligations?party=Azerbaijani&from=2021-11-01&to=2021-11-30", Cancel);

        // Counted by hand in ObligationsQueryTests: 32 captives, 13 notified, 3 late, median 2 days, longest 34.
        Assert.Equal("azerbaijani", report.GetProperty("party").GetString());
        Assert.Equal(32, report.GetProperty("captives").GetProperty("count").GetInt32());
        Assert.Equal(13, report.GetProperty("notified").GetProperty("count").GetInt32());
        var late = report.GetProperty("notifiedLate");
        Assert.Equal(3, late.GetProperty("count").GetInt32());
        Assert.Equal(
            LateIn2021.Select(n => DemoIds.For($"person/clashes-2021/{n}")).Order(),
            late.GetProperty("personIds").EnumerateArray().Select(p => p.GetGuid()).Order());
        Assert.Equal(2, report.GetProperty("medianDaysToNotification").GetDouble());
        Assert.Equal(34, report.GetProperty("longestDaysToNotification").GetInt32());
        Assert.Equal(32, report.GetProperty("people").GetArrayLength());
    }

    [Fact]
    public async Task Obligations_NoParty_Is400NamingIt()
    {
        using var client = await app.ApiClientAsync(Roles.Viewer);

        using var response = await client.GetAsync(new Uri("/api/v1/reports/obligations?from=2021-13-01", UriKind.Relative), Cancel);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty("party", out _));
        Assert.True(problem.GetProperty("errors").TryGetProperty("from", out _));
    }
}
