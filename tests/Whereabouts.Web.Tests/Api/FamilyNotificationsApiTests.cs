using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Whereabouts.Application.Accounts;
using Whereabouts.Application.Demo;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Api;

public sealed class FamilyNotificationsApiTests(WebApp app) : IClassFixture<WebApp>
{
    private static readonly Guid HinTagher1 = DemoIds.For("person/hin-tagher/1");
    private static readonly Guid IcrcList = DemoIds.For("source/invented/icrc-list-2020");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task List_CounselKey_ReturnsWhatTheDemoFamilyWasTold()
    {
        using var client = await app.ApiClientAsync(Roles.Counsel);

        using var response = await client.GetAsync(new Uri($"/api/v1/persons/{HinTagher1}/notifications", UriKind.Relative), Cancel);
        var list = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var told = Assert.Single(list.EnumerateArray());
        Assert.Equal("mother", told.GetProperty("recipient").GetString());
        Assert.Equal("CaptureConfirmed", told.GetProperty("conveyedStatus").GetString());
        Assert.Equal(1, told.GetProperty("evidence").GetArrayLength());
    }

    [Fact]
    public async Task ToInformAgain_FamilyToldAnotherFateThanTheEvidence_IsListedWithBoth()
    {
        using var client = await app.ApiClientAsync(Roles.Caseworker);
        var person = DemoIds.For("person/hin-tagher/5");
        var now = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/persons/{person}", Cancel)).GetProperty("currentFate").GetProperty("status").GetString();
        var told = now == "Deceased" ? "Missing" : "Deceased";
        using var recorded = await client.PostAsJsonAsync($"/api/v1/persons/{person}/notifications",
            new { toldOn = "2020-12-20", conveyedStatus = told, toldBy = "INVENTED liaison office", recipient = "father" }, Cancel);
        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);

        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/family-notifications/to-inform-again", Cancel);

        var found = Assert.Single(list.EnumerateArray(), c => c.GetProperty("personId").GetGuid() == person);
        Assert.Equal((told, now, "2020-12-20", "INVENTED liaison office"), (
            found.GetProperty("told").GetString(), found.GetProperty("now").GetString(), found.GetProperty("toldOn").GetString(), found.GetProperty("toldBy").GetString()));
        var toldOn = list.EnumerateArray().Select(c => c.GetProperty("toldOn").GetString()!).ToList();
        Assert.Equal(toldOn.Order(StringComparer.Ordinal), toldOn);
    }

    [Theory]
    [InlineData(Roles.Viewer)]
    [InlineData(Roles.Analyst)]
    public async Task ToInformAgain_ReaderWithoutFamilyAccess_Is403(string role)
    {
        using var client = await app.ApiClientAsync(role);

        using var response = await client.GetAsync(new Uri("/api/v1/family-notifications/to-inform-again", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData(Roles.Viewer)]
    [InlineData(Roles.Analyst)]
    public async Task List_ReaderWithoutFamilyAccess_Is403(string role)
    {
        using var client = await app.ApiClientAsync(role);

        using var response = await client.GetAsync(new Uri($"/api/v1/persons/{HinTagher1}/notifications", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Record_ThenACorrection_KeepsBothAndMarksTheFirstAsCorrected()
    {
        using var client = await app.ApiClientAsync(Roles.Caseworker);
        var person = DemoIds.For("person/hin-tagher/3");

        using var first = await client.PostAsJsonAsync($"/api/v1/persons/{person}/notifications",
            new { toldOn = "2021-01-10", conveyedStatus = "Detained", toldBy = "Ministry liaison office", recipient = "wife", sourceIds = new[] { IcrcList } }, Cancel);
        var firstId = (await first.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("id").GetGuid();
        using var correction = await client.PostAsJsonAsync($"/api/v1/persons/{person}/notifications",
            new { toldOn = "2021-01-10", message = "Told he was held, without naming a place.", toldBy = "Ministry liaison office", recipient = "mother", correctsId = firstId }, Cancel);
        var list = await client.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/persons/{person}/notifications", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, correction.StatusCode);
        var records = list.EnumerateArray().ToList();
        Assert.Equal(2, records.Count);
        var original = records.Single(r => r.GetProperty("id").GetGuid() == firstId);
        Assert.Equal("wife", original.GetProperty("recipient").GetString());
        Assert.NotEqual(JsonValueKind.Null, original.GetProperty("correctedById").ValueKind);
    }

    [Theory]
    [InlineData("mother, +374 91 123456")]
    [InlineData("brother (armen@example.org)")]
    public async Task Record_RecipientWithAContactDetail_Is400AndSavesNothing(string recipient)
    {
        using var client = await app.ApiClientAsync(Roles.Counsel);
        var person = DemoIds.For("person/hin-tagher/4");

        using var response = await client.PostAsJsonAsync($"/api/v1/persons/{person}/notifications",
            new { toldOn = "2021-01-10", conveyedStatus = "Detained", toldBy = "ICRC delegation", recipient }, Cancel);
        var list = await client.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/persons/{person}/notifications", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("errors");
        Assert.Contains("relationship only", errors.GetProperty("recipient")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(0, list.GetArrayLength());
    }

    [Fact]
    public async Task Record_NothingSaidAndNoDate_Is400NamingEachField()
    {
        using var client = await app.ApiClientAsync(Roles.Caseworker);

        using var response = await client.PostAsJsonAsync($"/api/v1/persons/{HinTagher1}/notifications",
            new { toldBy = "ICRC delegation", recipient = "mother" }, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("toldOn", out _));
        Assert.True(errors.TryGetProperty("message", out _));
    }

    [Fact]
    public async Task Record_UnknownPerson_Is404()
    {
        using var client = await app.ApiClientAsync(Roles.Caseworker);

        using var response = await client.PostAsJsonAsync($"/api/v1/persons/{Guid.NewGuid()}/notifications",
            new { toldOn = "2021-01-10", conveyedStatus = "Detained", toldBy = "ICRC delegation", recipient = "mother" }, Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
