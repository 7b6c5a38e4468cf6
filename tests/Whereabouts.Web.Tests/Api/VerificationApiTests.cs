using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Whereabouts.Application.Accounts;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Api;

public sealed class VerificationApiTests(WebApp app) : IClassFixture<WebApp>
{
    private static readonly string[] GeolocationAndChronolocation = ["Geolocation", "Chronolocation"];
    private static readonly string[] Metadata = ["Metadata"];
    private static readonly string[] Chronolocation = ["Chronolocation"];

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Record_UnverifiedThenUnderReviewThenVerified_HistoryShowsEachStep()
    {
        var video = await InventedVideo.SaveAsync(app.Database);
        using var analyst = await app.ApiClientAsync(Roles.Analyst);
        using var viewer = await app.ApiClientAsync(Roles.Viewer);
        var path = $"/api/v1/sources/{video.Source}/verification";

        var before = await viewer.GetFromJsonAsync<JsonElement>(path, Cancel);
        using var review = await analyst.PostAsJsonAsync(path, new { state = "UnderReview", expectedState = "Unverified" }, Cancel);
        using var decision = await analyst.PostAsJsonAsync(
            path, new { state = "Verified", methods = GeolocationAndChronolocation, note = "Ridge and shadows match 13 December.", expectedState = "UnderReview" }, Cancel);
        var after = await viewer.GetFromJsonAsync<JsonElement>(path, Cancel);

        Assert.Equal("Unverified", before.GetProperty("state").GetString());
        Assert.Equal(0, before.GetProperty("steps").GetArrayLength());
        Assert.Equal(HttpStatusCode.Created, review.StatusCode);
        Assert.Equal(HttpStatusCode.Created, decision.StatusCode);
        Assert.Equal(path, decision.Headers.Location?.OriginalString);
        Assert.Equal("Verified", after.GetProperty("state").GetString());
        var steps = after.GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal(["UnderReview", "Verified"], steps.Select(s => s.GetProperty("state").GetString()));
        Assert.Equal(["Geolocation", "Chronolocation"], steps[1].GetProperty("methods").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal("Ridge and shadows match 13 December.", steps[1].GetProperty("note").GetString());
        Assert.StartsWith("analyst-", steps[1].GetProperty("recordedBy").GetString(), StringComparison.Ordinal);
        Assert.Equal(["UnderReview"], after.GetProperty("nextStates").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task Record_DecisionFromUnverifiedWithoutMethodOrNote_Is400NamingEachField()
    {
        var video = await InventedVideo.SaveAsync(app.Database);
        using var caseworker = await app.ApiClientAsync(Roles.Caseworker);

        using var response = await caseworker.PostAsJsonAsync($"/api/v1/sources/{video.Source}/verification", new { state = "ShownFalse" }, Cancel);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("methods", out _));
        Assert.True(errors.TryGetProperty("note", out _));
    }

    [Fact]
    public async Task Record_StraightFromUnverified_Is400OnTheState()
    {
        var video = await InventedVideo.SaveAsync(app.Database);
        using var analyst = await app.ApiClientAsync(Roles.Analyst);

        using var response = await analyst.PostAsJsonAsync(
            $"/api/v1/sources/{video.Source}/verification", new { state = "Verified", methods = Metadata, note = "Encoder date agrees." }, Cancel);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = problem.GetProperty("errors").GetProperty("state")[0].GetString();
        Assert.Equal("An item that is Unverified cannot become Verified: start a review first, then decide.", message);
    }

    [Fact]
    public async Task Record_StaleExpectedStateOnAFile_Is409WithBothStates()
    {
        var video = await InventedVideo.SaveAsync(app.Database);
        using var analyst = await app.ApiClientAsync(Roles.Analyst);
        var path = $"/api/v1/files/{video.File.ToUpperInvariant()}/verification";

        using var first = await analyst.PostAsJsonAsync(path, new { state = "UnderReview", expectedState = "Unverified" }, Cancel);
        using var second = await analyst.PostAsJsonAsync(path, new { state = "UnderReview", expectedState = "Unverified" }, Cancel);
        var problem = await second.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        var history = await analyst.GetFromJsonAsync<JsonElement>($"/api/v1/files/{video.File}/verification", Cancel);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("Unverified", problem.GetProperty("expectedState").GetString());
        Assert.Equal("UnderReview", problem.GetProperty("currentState").GetString());
        Assert.Equal(video.File, history.GetProperty("fileSha256").GetString());
        Assert.Equal(1, history.GetProperty("steps").GetArrayLength());
    }

    [Fact]
    public async Task Get_UnknownSourceOrFileOrNoHash_Is404()
    {
        using var viewer = await app.ApiClientAsync(Roles.Viewer);
        using var analyst = await app.ApiClientAsync(Roles.Analyst);

        using var source = await viewer.GetAsync(new Uri($"/api/v1/sources/{Guid.NewGuid()}/verification", UriKind.Relative), Cancel);
        using var file = await viewer.GetAsync(new Uri($"/api/v1/files/{new string('e', 64)}/verification", UriKind.Relative), Cancel);
        using var notAHash = await analyst.PostAsJsonAsync("/api/v1/files/not-a-hash/verification", new { state = "UnderReview" }, Cancel);

        Assert.Equal(HttpStatusCode.NotFound, source.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, file.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, notAHash.StatusCode);
    }

    [Fact]
    public async Task ReviewEvidence_VideoShownFalse_ListsTheCaptureAndFlagsItInThePersonsApi()
    {
        var video = await InventedVideo.SaveAsync(app.Database);
        using var analyst = await app.ApiClientAsync(Roles.Analyst);
        var path = $"/api/v1/sources/{video.Source}/verification";
        using var review = await analyst.PostAsJsonAsync(path, new { state = "UnderReview" }, Cancel);
        using var decision = await analyst.PostAsJsonAsync(path, new { state = "ShownFalse", methods = Chronolocation, note = "The same clip was posted in 2016." }, Cancel);

        using var caseworker = await app.ApiClientAsync(Roles.Caseworker);
        var flagged = await caseworker.GetFromJsonAsync<JsonElement>("/api/v1/review/evidence", Cancel);
        var person = await analyst.GetFromJsonAsync<JsonElement>($"/api/v1/persons/{video.Soldier}", Cancel);

        Assert.Equal(HttpStatusCode.Created, decision.StatusCode);
        var entry = Assert.Single(flagged.EnumerateArray(), e => e.GetProperty("assertionId").GetGuid() == video.Capture);
        Assert.Equal(video.Soldier, entry.GetProperty("personId").GetGuid());
        Assert.Equal("ReportedCaptured", entry.GetProperty("status").GetString());
        var fate = Assert.Single(person.GetProperty("timeline").EnumerateArray());
        Assert.True(fate.GetProperty("flaggedForReview").GetBoolean());
        Assert.Equal("ShownFalse", fate.GetProperty("evidence").GetProperty("verification").GetString());
        Assert.Equal("ShownFalse", fate.GetProperty("evidence").GetProperty("caution").GetString());
    }

    [Fact]
    public async Task StillHeld_CaptureOnAnUnverifiedVideo_CarriesTheCaution()
    {
        var video = await InventedVideo.SaveAsync(app.Database);
        using var viewer = await app.ApiClientAsync(Roles.Viewer);

        var report = await viewer.GetFromJsonAsync<JsonElement>("/api/v1/reports/still-held?side=armenian&asOf=2020-12-15", Cancel);

        var entry = Assert.Single(report.GetProperty("people").EnumerateArray(), p => p.GetProperty("personId").GetGuid() == video.Soldier);
        Assert.Equal("Unverified", entry.GetProperty("evidenceVerification").GetString());
        Assert.Equal("UnverifiedVideo", entry.GetProperty("evidenceCaution").GetString());

        // An ICRC list is no video and has no files: nothing to mark however unverified it is.
        Assert.All(
            report.GetProperty("people").EnumerateArray().Where(p => p.GetProperty("evidenceSourceTitle").GetString()!.StartsWith("ICRC", StringComparison.Ordinal)),
            p => Assert.Equal(JsonValueKind.Null, p.GetProperty("evidenceCaution").ValueKind));
    }
}
