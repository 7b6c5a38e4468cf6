using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Whereabouts.Application.Accounts;
using Whereabouts.Application.Demo;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Api;

public sealed class StillHeldApiTests(WebApp app) : IClassFixture<WebApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Get_Armenian15December2020_OneEntryPerHeldPersonWithSinceAndEvidence()
    {
        using var client = await app.ApiClientAsync(Roles.Viewer);

        var report = await GetJsonAsync(client, "/api/v1/reports/still-held?side=armenian&asOf=2020-12-15");

        Assert.Equal("armenian", report.GetProperty("side").GetString());
        Assert.Equal("2020-12-15", report.GetProperty("asOf").GetString());
        var people = report.GetProperty("people").EnumerateArray().ToList();
        Assert.Equal(report.GetProperty("count").GetInt32(), people.Count);
        Assert.Equal(people.Count, people.Select(p => p.GetProperty("personId").GetGuid()).Distinct().Count());
        Assert.DoesNotContain(DemoIds.For("person/war-captive/1"), people.Select(p => p.GetProperty("personId").GetGuid()));
        Assert.All(people, p =>
        {
            Assert.False(string.IsNullOrEmpty(p.GetProperty("since").GetString()));
            Assert.False(string.IsNullOrEmpty(p.GetProperty("evidenceSourceTitle").GetString()));
            Assert.Equal(0, p.GetProperty("legalCases").GetArrayLength());
        });
        var exchange = Assert.Single(report.GetProperty("exchanges").EnumerateArray());
        Assert.Equal(44, exchange.GetProperty("total").GetProperty("named").GetInt32());
    }

    [Fact]
    public async Task Get_WithoutAsOf_IsTodayAndListsTheNovember2021CaptivesStillHeld()
    {
        using var client = await app.ApiClientAsync(Roles.Counsel);

        var report = await GetJsonAsync(client, "/api/v1/reports/still-held?side=Armenian");

        Assert.Equal(DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), report.GetProperty("asOf").GetString());
        Assert.Contains(DemoIds.For("person/clashes-2021/32"), report.GetProperty("people").EnumerateArray().Select(p => p.GetProperty("personId").GetGuid()));
    }

    [Theory]
    [InlineData("side=martian", "side")]
    [InlineData("asOf=2020-12-15", "side")]
    [InlineData("side=armenian&asOf=15.12.2020", "asOf")]
    [InlineData("side=armenian&asOf=2020-02-30", "asOf")]
    [InlineData("side=armenian&asOf=2999-01-01", "asOf")]
    public async Task Get_BadParameter_Is400NamingTheField(string query, string field)
    {
        using var client = await app.ApiClientAsync(Roles.Viewer);

        using var response = await client.GetAsync(new Uri($"/api/v1/reports/still-held?{query}", UriKind.Relative), Cancel);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([field], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name));
    }

    private static async Task<JsonElement> GetJsonAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
    }
}
