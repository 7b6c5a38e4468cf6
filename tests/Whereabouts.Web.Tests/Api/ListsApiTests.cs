using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Whereabouts.Application.Accounts;
using Whereabouts.Web.Tests.Pages.Lists;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Api;

public sealed partial class ListsApiTests(WebApp app) : IClassFixture<WebApp>
{
    private const string Mapping = """{ "columns": { "Nom de famille": "FamilyName" } }""";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Post_ListWithItsMapping_Is202AndTheImportSucceedsInTheBackground()
    {
        using var client = await app.ApiClientAsync(Roles.Caseworker);
        var before = await ListUploading.CountsAsync(app);

        using var response = await PostAsync(client, Encoding.UTF8.GetBytes(ListUploading.UnrecognisedFamilyColumn), Mapping, ("title", "INVENTED list through the API " + Guid.NewGuid()), ("invented", "true"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var location = response.Headers.Location?.ToString();
        Assert.Matches("^/api/v1/lists/[0-9a-f-]{36}$", location);
        var id = Guid.Parse(location!["/api/v1/lists/".Length..]);
        Assert.Equal(Domain.ListImportState.Succeeded, await ListUploading.WaitUntilOverAsync(app, id));

        using var viewer = await app.ApiClientAsync(Roles.Viewer);
        var state = await GetJsonAsync(viewer, location);
        Assert.Equal("Succeeded", state.GetProperty("state").GetString());
        Assert.Equal(2, state.GetProperty("counts").GetProperty("newPeople").GetInt32());
        Assert.Equal(2, state.GetProperty("rows").GetInt32());
        Assert.Equal(JsonValueKind.String, state.GetProperty("sourceId").ValueKind);
        Assert.Equal((before.People + 2, before.Entries + 2), ((await ListUploading.CountsAsync(app)).People, (await ListUploading.CountsAsync(app)).Entries));
    }

    [Fact]
    public async Task Post_DryRun_AnswersWhatTheImportWouldDoAndChangesNothing()
    {
        using var client = await app.ApiClientAsync(Roles.Caseworker);
        var before = await ListUploading.CountsAsync(app);

        // People of its own: the class's import test registers those of ListUploading's list, which
        // a dry run after it would link or send to review (the tests' order follows the assembly's path).
        var list = "id,Nom de famille,given_name,birth_date\nINV-1,Invented-Qwertyanyan,Zorakhan,1961\nINV-2,Invented-Plotnikyanyan,Vrezhik,1963\n";
        using var response = await PostAsync(client, Encoding.UTF8.GetBytes(list), Mapping, ("title", "INVENTED dry run"), ("dryRun", "true"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(2, json.RootElement.GetProperty("counts").GetProperty("newPeople").GetInt32());
        Assert.Equal(0, json.RootElement.GetProperty("problems").GetArrayLength());
        Assert.Equal(before, await ListUploading.CountsAsync(app));
    }

    [Fact]
    public async Task Post_DryRunOfAFileWithNoNameColumn_ListsTheProblemWithItsPlace()
    {
        using var client = await app.ApiClientAsync(Roles.Caseworker);

        using var response = await PostAsync(client, Encoding.UTF8.GetBytes("id,patronymic\nINV-1,Invented-Gagikovich\n"), null, ("title", "INVENTED no names"), ("dryRun", "true"));

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        var problem = Assert.Single(json.RootElement.GetProperty("problems").EnumerateArray()).GetString();
        Assert.Contains("list.csv", problem, StringComparison.Ordinal);
        Assert.Contains("name column", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WithoutAFilePart_Is400NamingIt()
    {
        using var client = await app.ApiClientAsync(Roles.Caseworker);
        using var form = new MultipartFormDataContent { { new StringContent("INVENTED"), "title" } };

        using var response = await client.PostAsync(new Uri("/api/v1/lists", UriKind.Relative), form, Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await ProblemAsync(response)).GetProperty("errors").TryGetProperty("file", out _));
    }

    [Fact]
    public async Task Post_MappingThatIsNotOne_Is400NamingThePart()
    {
        using var client = await app.ApiClientAsync(Roles.Caseworker);

        using var response = await PostAsync(client, Encoding.UTF8.GetBytes(ListUploading.UnrecognisedFamilyColumn), "{ \"columns\": { \"A\": \"Shoe size\" } }", ("title", "INVENTED"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await ProblemAsync(response)).GetProperty("errors").TryGetProperty("mapping", out _));
    }

    [Fact]
    public async Task Post_WithoutATitle_Is400NamingTheFieldAndKeepsNothing()
    {
        using var client = await app.ApiClientAsync(Roles.Caseworker);

        using var response = await PostAsync(client, Encoding.UTF8.GetBytes(ListUploading.UnrecognisedFamilyColumn), Mapping);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await ProblemAsync(response)).GetProperty("errors").TryGetProperty("title", out _));
    }

    [Fact]
    public async Task Post_OverTheLimit_Is413NamingTheLimit()
    {
        using var client = await app.ApiClientAsync(Roles.Caseworker);

        using var response = await PostAsync(client, new byte[(50 * 1024 * 1024) + 1], null, ("title", "INVENTED too large"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("50 MB", (await ProblemAsync(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostCancellation_OfAFinishedImport_Is422()
    {
        using var client = await app.ApiClientAsync(Roles.Caseworker);
        using var posted = await PostAsync(client, Encoding.UTF8.GetBytes("id,given_name,family_name\nINV-1,Aram,Invented-Cancelyan\n"), null, ("title", "INVENTED to cancel " + Guid.NewGuid()), ("invented", "true"));
        var location = posted.Headers.Location!.ToString();
        await ListUploading.WaitUntilOverAsync(app, Guid.Parse(location["/api/v1/lists/".Length..]));

        using var response = await client.PostAsync(new Uri(location + "/cancellation", UriKind.Relative), null, Cancel);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
    }

    [Fact]
    public async Task Get_UnknownId_Is404()
    {
        using var client = await app.ApiClientAsync(Roles.Viewer);

        using var response = await client.GetAsync(new Uri($"/api/v1/lists/{Guid.NewGuid()}", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, byte[] content, string? mapping, params (string Name, string Value)[] fields)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "list.csv");
        if (mapping is not null)
        {
            form.Add(new StringContent(mapping, Encoding.UTF8, "application/json"), "mapping");
        }

        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        return await client.PostAsync(new Uri("/api/v1/lists", UriKind.Relative), form, Cancel);
    }

    private static async Task<JsonElement> GetJsonAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        return json.RootElement.Clone();
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        return json.RootElement.Clone();
    }
}
