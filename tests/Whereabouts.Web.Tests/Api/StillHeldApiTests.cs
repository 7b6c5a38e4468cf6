using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Whereabouts.Application.Accounts;
using Whereabouts.Application.Common;
using Whereabouts.Application.Demo;
using Whereabouts.Application.Persons;
using Whereabouts.Domain;
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
    [InlineData("side=armenian&asOf=2020-12-16&recordedOn=garbage", "recordedOn")]
    [InlineData("side=armenian&recordedOn=2999-01-01", "recordedOn")]
    [InlineData("side=armenian&page=0", "page")]
    [InlineData("side=armenian&page=two", "page")]
    [InlineData("side=armenian&pageSize=501", "pageSize")]
    [InlineData("side=armenian&pageSize=-5", "pageSize")]
    public async Task Get_BadParameter_Is400NamingTheField(string query, string field)
    {
        using var client = await app.ApiClientAsync(Roles.Viewer);

        using var response = await client.GetAsync(new Uri($"/api/v1/reports/still-held?{query}", UriKind.Relative), Cancel);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([field], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name));
    }

    [Fact]
    public async Task Get_FateRecordedOn20DecemberAbout15December_IsInAsOf16DecemberButNotAsRecordedOn18December()
    {
        // A man missing since the war; on 20 December 2020 the office records his capture on the 15th.
        var person = DemoIds.For("person/war-missing/12");
        var source = DemoIds.For("source/invented/icrc-list-2020");
        var recorded = new DateTimeOffset(2020, 12, 20, 11, 0, 0, TimeSpan.Zero);
        var saved = await new PersonCommands(app.Database, new FixedActor("caseworker.recorded"), new Moment(recorded)).AssertFateAsync(
            person, new FateInput(FateStatus.CaptureConfirmed, "2020-12-15", source, "confirmed captured (invented for a test)", null, Credibility.Confirmed), cancellationToken: Cancel);
        Assert.NotNull(saved);
        using var client = await app.ApiClientAsync(Roles.Counsel);

        var asOf = await GetJsonAsync(client, "/api/v1/reports/still-held?side=armenian&asOf=2020-12-16");
        var asRecordedBefore = await GetJsonAsync(client, "/api/v1/reports/still-held?side=armenian&asOf=2020-12-16&recordedOn=2020-12-18");
        var asRecordedThatDay = await GetJsonAsync(client, "/api/v1/reports/still-held?side=armenian&recordedOn=2020-12-20");

        Assert.Contains(person, People(asOf));
        Assert.Equal(JsonValueKind.Null, asOf.GetProperty("recordedOn").ValueKind);
        Assert.DoesNotContain(person, People(asRecordedBefore));
        Assert.Equal(("2020-12-16", "2020-12-18"), (asRecordedBefore.GetProperty("asOf").GetString(), asRecordedBefore.GetProperty("recordedOn").GetString()));
        Assert.Contains(person, People(asRecordedThatDay));
        Assert.Equal("2020-12-20", asRecordedThatDay.GetProperty("asOf").GetString());
    }

    [Fact]
    public async Task Get_PagesOfTwo_FollowNextThroughTheWholeListInItsOrderWithTheTotalOnEach()
    {
        using var client = await app.ApiClientAsync(Roles.Viewer);
        var whole = await GetJsonAsync(client, "/api/v1/reports/still-held?side=armenian&asOf=2020-12-15&pageSize=500");

        var pages = new List<JsonElement>();
        string? next = "/api/v1/reports/still-held?side=Armenian&asOf=2020-12-15&pageSize=2";
        while (next is not null && pages.Count < 100)
        {
            var page = await GetJsonAsync(client, next);
            pages.Add(page);
            next = page.GetProperty("next").GetString();
        }

        var total = whole.GetProperty("total").GetInt32();
        Assert.True(total > 2, "the demo holds more than a page of two on the day");
        Assert.Equal(People(whole), [.. pages.SelectMany(People)]);
        Assert.Equal((total + 1) / 2, pages.Count);
        Assert.All(pages, p => Assert.Equal((total, total, 2), (p.GetProperty("count").GetInt32(), p.GetProperty("total").GetInt32(), p.GetProperty("pageSize").GetInt32())));
        Assert.Equal(JsonValueKind.Null, pages[0].GetProperty("previous").ValueKind);
        Assert.Equal("/api/v1/reports/still-held?side=armenian&asOf=2020-12-15&page=3&pageSize=2", pages[1].GetProperty("next").GetString());
        Assert.Equal("/api/v1/reports/still-held?side=armenian&asOf=2020-12-15&page=1&pageSize=2", pages[1].GetProperty("previous").GetString());
        Assert.All(pages, p => Assert.Single(p.GetProperty("exchanges").EnumerateArray()));
    }

    [Fact]
    public async Task Get_NoPageAsked_IsTheFirstHundred()
    {
        using var client = await app.ApiClientAsync(Roles.Viewer);

        var report = await GetJsonAsync(client, "/api/v1/reports/still-held?side=armenian&asOf=2020-12-15");

        Assert.Equal((1, 100), (report.GetProperty("page").GetInt32(), report.GetProperty("pageSize").GetInt32()));
        Assert.Equal(Math.Min(100, report.GetProperty("total").GetInt32()), report.GetProperty("people").GetArrayLength());
    }

    [Fact]
    public async Task Get_PagePastTheEnd_IsEmptyWithTheTotalAndTheWayBackToTheLastPage()
    {
        using var client = await app.ApiClientAsync(Roles.Viewer);

        var report = await GetJsonAsync(client, "/api/v1/reports/still-held?side=armenian&asOf=2020-12-15&page=1000&pageSize=5");

        var total = report.GetProperty("total").GetInt32();
        Assert.Equal(0, report.GetProperty("people").GetArrayLength());
        Assert.True(total > 0);
        Assert.Equal(JsonValueKind.Null, report.GetProperty("next").ValueKind);
        Assert.Equal(
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"/api/v1/reports/still-held?side=armenian&asOf=2020-12-15&page={(total + 4) / 5}&pageSize=5"),
            report.GetProperty("previous").GetString());
    }

    private static List<Guid> People(JsonElement report) => [.. report.GetProperty("people").EnumerateArray().Select(p => p.GetProperty("personId").GetGuid())];

    private static async Task<JsonElement> GetJsonAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
    }

    // The registry's clock stopped at one moment, for a fate recorded on a day the test chooses.
    private sealed class Moment(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
