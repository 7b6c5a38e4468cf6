using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Whereabouts.Application.Accounts;
using Whereabouts.Domain;
using Whereabouts.Web.Tests.Pages.Sources;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Api;

/// <summary>GET /api/v1/lists/{id}/changes and POST …/departures/{entryId}/acknowledgement, on invented lists.</summary>
public sealed class ListChangesApiTests(WebApp app) : IClassFixture<WebApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetChanges_SecondVersion_ShowsTheGoneRowWithItsPerson()
    {
        var lists = await ListVersionLists.ImportAsync(app);
        using var client = await app.ApiClientAsync(Roles.Counsel);

        var changes = await client.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/lists/{lists.Second}/changes", UriKind.Relative), Cancel);

        Assert.Equal(lists.First, changes.GetProperty("earlierSourceId").GetGuid());
        var gone = Assert.Single(changes.GetProperty("gone").EnumerateArray());
        var row = gone.GetProperty("row");
        Assert.Equal(("r3", 4, "Gurgenik", "CaptureConfirmed"), (row.GetProperty("rowId").GetString(), row.GetProperty("line").GetInt32(), row.GetProperty("givenName").GetString(), row.GetProperty("fate").GetString()));
        Assert.Equal(lists.GonePersonId, row.GetProperty("personId").GetGuid());
        Assert.True(gone.GetProperty("pending").GetBoolean());
        var changed = Assert.Single(changes.GetProperty("changed").EnumerateArray());
        Assert.Contains(changed.GetProperty("fields").EnumerateArray(), f => f.GetProperty("field").GetString() == "Fate" && f.GetProperty("newer").GetString() == "Released");
        Assert.Equal("r4", Assert.Single(changes.GetProperty("added").EnumerateArray()).GetProperty("rowId").GetString());
    }

    [Fact]
    public async Task GetChanges_ByTheIdOfTheUpload_ResolvesTheList()
    {
        var lists = await ListVersionLists.ImportAsync(app);
        var upload = new ListImport(Guid.Empty, "invented-versions.csv", [1, 2, 3], "versions-tests", DateTimeOffset.UtcNow);
        upload.Configure(null, "{}");
        upload.Queue("versions-tests");
        upload.Start();
        upload.Succeed(lists.Second, "{}", DateTimeOffset.UtcNow);
        await using (var context = app.Database.CreateContext("versions-tests"))
        {
            context.ListImports.Add(upload);
            await context.SaveChangesAsync(Cancel);
        }

        using var client = await app.ApiClientAsync(Roles.Viewer);

        var changes = await client.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/lists/{upload.Id}/changes", UriKind.Relative), Cancel);

        Assert.Equal(lists.Second, changes.GetProperty("sourceId").GetGuid());
    }

    [Fact]
    public async Task GetChanges_NoSuchList_Is404_AndAFirstVersionIs409()
    {
        var lists = await ListVersionLists.ImportAsync(app);
        using var client = await app.ApiClientAsync(Roles.Viewer);

        using var missing = await client.GetAsync(new Uri($"/api/v1/lists/{Guid.NewGuid()}/changes", UriKind.Relative), Cancel);
        using var first = await client.GetAsync(new Uri($"/api/v1/lists/{lists.First}/changes", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, first.StatusCode);
        Assert.Equal("application/problem+json", first.Content.Headers.ContentType?.MediaType);
        var problem = await first.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        Assert.Equal("Not a new version of another list", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task PostAcknowledgement_Once_Is201AndNoLongerPending_ASecondTimeIs409()
    {
        var lists = await ListVersionLists.ImportAsync(app);
        using var client = await app.ApiClientAsync(Roles.Caseworker);
        var path = $"/api/v1/lists/{lists.Second}/departures/{lists.GoneEntryId}/acknowledgement";

        using var first = await client.PostAsJsonAsync(path, new { note = "Asked the ICRC (invented note)." }, Cancel);
        using var second = await client.PostAsJsonAsync(path, new { note = "Again." }, Cancel);
        var changes = await client.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/lists/{lists.Second}/changes", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("list-departure.already-acknowledged", (await second.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("rule").GetString());
        var gone = Assert.Single(changes.GetProperty("gone").EnumerateArray());
        Assert.False(gone.GetProperty("pending").GetBoolean());
        Assert.StartsWith("caseworker-", gone.GetProperty("acknowledgedBy").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, await ListVersionLists.AcknowledgementsAsync(app, lists.GoneEntryId));
    }

    [Fact]
    public async Task PostAcknowledgement_RowNotGone_Is404()
    {
        var lists = await ListVersionLists.ImportAsync(app);
        using var client = await app.ApiClientAsync(Roles.Caseworker);

        using var response = await client.PostAsJsonAsync($"/api/v1/lists/{lists.Second}/departures/{Guid.NewGuid()}/acknowledgement", new { }, Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
