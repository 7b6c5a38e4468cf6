using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Accounts;
using Whereabouts.Application.Demo;
using Whereabouts.Testing;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Api;

public sealed class TracingRequestsApiTests(WebApp app) : IClassFixture<WebApp>
{
    private const string Phone = "+374 91 555 0142";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Register_WithAPhoneNumber_AnswersWithHasContactButNeverTheContact()
    {
        using var client = await app.ApiClientAsync(Roles.Caseworker);

        using var created = await client.PostAsJsonAsync("/api/v1/tracing-requests", Body(), Cancel);
        var body = await created.Content.ReadAsStringAsync(Cancel);
        var id = JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
        var read = await client.GetStringAsync(new Uri($"/api/v1/tracing-requests/{id}", UriKind.Relative), Cancel);
        var list = await client.GetStringAsync(new Uri("/api/v1/tracing-requests?status=open", UriKind.Relative), Cancel);
        var csv = await client.GetStringAsync(new Uri("/api/v1/tracing-requests/export.csv", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.True(JsonDocument.Parse(read).RootElement.GetProperty("hasContact").GetBoolean());
        Assert.Matches("^T-[0-9]{4}-[0-9]{4}$", JsonDocument.Parse(read).RootElement.GetProperty("reference").GetString());
        Assert.All([body, read, list, csv], text => Assert.DoesNotContain("555 0142", text, StringComparison.Ordinal));
        Assert.Contains(id.ToString(), list, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Register_NoEnquirerNorSoughtPerson_Is400NamingTheFields()
    {
        using var client = await app.ApiClientAsync(Roles.Caseworker);

        using var response = await client.PostAsJsonAsync("/api/v1/tracing-requests", new { relationship = "mother", contact = Phone }, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync(Cancel);
        var errors = JsonDocument.Parse(text).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty("enquirerName", out _));
        Assert.True(errors.TryGetProperty("soughtName", out _));
        Assert.DoesNotContain("555 0142", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reveal_Counsel_Is403AndRecordsNothing()
    {
        using var caseworker = await app.ApiClientAsync(Roles.Caseworker);
        using var counsel = await app.ApiClientAsync(Roles.Counsel);
        var id = await RegisterAsync(caseworker);

        using var refused = await counsel.PostAsync(new Uri($"/api/v1/tracing-requests/{id}/contact/reveal", UriKind.Relative), null, Cancel);
        var read = await counsel.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/tracing-requests/{id}", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(1, read.GetProperty("contactEvents").GetArrayLength());
    }

    [Fact]
    public async Task LinkAnswerAndMove_DemoPerson_AnswersTheRequestAndGoesBackToSearching()
    {
        using var client = await app.ApiClientAsync(Roles.Caseworker);
        var person = DemoIds.For("person/hin-tagher/2");
        var id = await RegisterAsync(client);

        using var linked = await client.PostAsJsonAsync($"/api/v1/tracing-requests/{id}/link", new { personId = person }, Cancel);
        using var answered = await client.PostAsJsonAsync($"/api/v1/tracing-requests/{id}/answers",
            new { toldOn = "2021-01-05", conveyedStatus = "Missing", toldBy = "INVENTED tracing office", recipient = "mother" }, Cancel);
        using var moved = await client.PostAsJsonAsync($"/api/v1/tracing-requests/{id}/status", new { status = "Searching", reason = "New evidence" }, Cancel);
        using var closed = await client.PostAsJsonAsync($"/api/v1/tracing-requests/{id}/status", new { status = "Closed" }, Cancel);
        var read = await client.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/tracing-requests/{id}", UriKind.Relative), Cancel);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Created, HttpStatusCode.OK, HttpStatusCode.BadRequest), (linked.StatusCode, answered.StatusCode, moved.StatusCode, closed.StatusCode));
        Assert.Equal(id, (await answered.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("tracingRequestId").GetGuid());
        Assert.Equal("Searching", read.GetProperty("status").GetString());
        Assert.Equal(["Open", "Answered", "Searching"], read.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("status").GetString()));
        Assert.Equal(person, read.GetProperty("personId").GetGuid());
        Assert.Equal(1, read.GetProperty("answers").GetArrayLength());
    }

    [Fact]
    public async Task DoneWhen_PhoneSavedByApiAndForm_IsNowhereInTheFilesLogOrLogsButShownByAnAuditedRevealUntilErased()
    {
        var logs = new CapturedLogs();
        await using var traced = WebApp.WithCapturedLogs(logs);
        await traced.InitializeAsync();
        var anna = await traced.CreateAccountAsync(Roles.Caseworker);
        using var api = traced.Anonymous();
        api.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", anna.ApiKey);
        using var browser = traced.Browser();
        await WebApp.SignInAsync(browser, anna);

        var byApi = await RegisterAsync(api);
        using var byForm = await WebApp.PostFormAsync(browser, "/Tracing/Create", new Dictionary<string, string>
        {
            ["Form.EnquirerName"] = "Invented-Gayane Hakobyan",
            ["Form.Relationship"] = "wife",
            ["Form.SoughtName"] = "Invented-Tigran Hakobyan",
            ["Form.Contact"] = Phone,
            ["Form.ShareWith"] = "ICRC",
        }, "#request-form");
        Assert.Equal(HttpStatusCode.Redirect, byForm.StatusCode);
        var formId = Guid.Parse(byForm.Headers.Location!.ToString().Split('/')[^1]);

        Assert.False(DatabaseFiles.Contain(traced.DatabaseFile, Phone));
        Assert.False(DatabaseFiles.Contain(traced.DatabaseFile, "555 0142"));
        await using (var context = traced.Database.CreateContext())
        {
            Assert.DoesNotContain(await context.AuditEntries.Select(e => e.Changes).ToListAsync(Cancel), c => c.Contains("555 0142", StringComparison.Ordinal));
        }

        Assert.NotEmpty(logs.Lines);
        Assert.DoesNotContain(logs.Lines, line => line.Contains("555 0142", StringComparison.Ordinal));

        using var revealed = await api.PostAsync(new Uri($"/api/v1/tracing-requests/{byApi}/contact/reveal", UriKind.Relative), null, Cancel);
        var shown = await revealed.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        using var revealPage = await WebApp.PostFormAsync(browser, $"/Tracing/{formId}", new Dictionary<string, string>(), "#reveal-form");
        var page = await WebApp.ParseAsync(revealPage);

        Assert.Equal(("Shown", Phone), (shown.GetProperty("outcome").GetString(), shown.GetProperty("contact").GetString()));
        Assert.Equal(Phone, page.QuerySelector("#revealed-contact")?.TextContent.Trim());
        Assert.True(revealPage.Headers.CacheControl?.NoStore);
        var reference = (await api.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/tracing-requests/{byApi}", UriKind.Relative), Cancel)).GetProperty("reference").GetString();
        var details = await WebApp.GetDocumentAsync(browser, $"/Tracing/{byApi}");
        Assert.Contains($"{anna.UserName} viewed the contact", details.QuerySelector("#contact-events")?.TextContent, StringComparison.Ordinal);
        Assert.Contains(reference!, details.QuerySelector("h1")?.TextContent, StringComparison.Ordinal);
        await using (var context = traced.Database.CreateContext())
        {
            var viewed = await context.AuditEntries.Where(e => e.Actor == anna.UserName && e.EntityType == "ContactEvent").Select(e => e.Changes).ToListAsync(Cancel);
            Assert.Contains(viewed, c => c.Contains("Viewed", StringComparison.Ordinal) && c.Contains(byApi.ToString(), StringComparison.OrdinalIgnoreCase));
        }

        using var erased = await api.PostAsJsonAsync($"/api/v1/tracing-requests/{byApi}/contact/erasure", new { reason = "At the family's request" }, Cancel);
        using var after = await api.PostAsync(new Uri($"/api/v1/tracing-requests/{byApi}/contact/reveal", UriKind.Relative), null, Cancel);

        Assert.Equal(HttpStatusCode.NoContent, erased.StatusCode);
        Assert.Equal("NoContact", (await after.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("outcome").GetString());
        await using (var context = traced.Database.CreateContext())
        {
            Assert.False(await context.EnquirerContacts.AnyAsync(c => c.TracingRequestId == byApi, Cancel));
            var erasure = await context.AuditEntries.Where(e => e.Actor == anna.UserName && e.EntityType == "ContactEvent" && e.Changes.Contains("Erased")).Select(e => e.Changes).SingleAsync(Cancel);
            Assert.Contains("At the family's request", erasure, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(logs.Lines, line => line.Contains("555 0142", StringComparison.Ordinal));
    }

    private static object Body() => new
    {
        soughtGivenName = "Armen",
        soughtFamilyName = "Invented-Sargsyan",
        enquirerName = "Invented-Lusine Sargsyan",
        relationship = "mother",
        contact = Phone,
        language = "hy",
        consent = new { shareWith = new[] { "ICRC" }, contactMayBeShared = false },
        lastSeenPlace = "Invented village",
        lastSeenOn = "2020-11-09",
        receivedOn = "2020-12-01",
    };

    private static async Task<Guid> RegisterAsync(HttpClient client)
    {
        using var created = await client.PostAsJsonAsync("/api/v1/tracing-requests", Body(), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("id").GetGuid();
    }
}
