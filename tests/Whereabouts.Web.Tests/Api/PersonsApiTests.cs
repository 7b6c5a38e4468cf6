using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Accounts;
using Whereabouts.Domain;
using Whereabouts.Web.Tests.Pages.People;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Api;

public sealed class PersonsApiTests(WebApp app) : IClassFixture<WebApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Get_WithoutAKey_Is401()
    {
        using var client = app.Anonymous();

        using var response = await client.GetAsync(new Uri("/api/v1/persons", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Get_ViewerKey_ListsAPageOfPeople()
    {
        using var client = await app.ApiClientAsync(Roles.Viewer);

        var page = await GetJsonAsync(client, "/api/v1/persons?pageSize=10&page=2");

        Assert.Equal(10, page.GetProperty("items").GetArrayLength());
        Assert.Equal(2, page.GetProperty("page").GetInt32());
        Assert.Equal(10, page.GetProperty("pageSize").GetInt32());
        Assert.True(page.GetProperty("total").GetInt32() > 100);
    }

    [Fact]
    public async Task Get_ViewerKeySearchingInCyrillic_FindsTheDemoHarutyunyan()
    {
        using var client = await app.ApiClientAsync(Roles.Viewer);

        var page = await GetJsonAsync(client, "/api/v1/persons?q=" + Uri.EscapeDataString("Арутюнян"));

        Assert.Contains(DemoPeople.Harutyunyan.Id, page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
    }

    [Fact]
    public async Task Get_SurnameOneLetterOff_FindsTheDemoHarutyunyanNamingTheNearWord()
    {
        using var client = await app.ApiClientAsync(Roles.Viewer);

        var page = await GetJsonAsync(client, "/api/v1/persons?q=Harutyunyab");

        var item = page.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == DemoPeople.Harutyunyan.Id);
        Assert.Equal(["Harutyunyab"], item.GetProperty("nearSpellingOf").EnumerateArray().Select(w => w.GetString()));
        Assert.False(page.GetProperty("totalIsEstimate").GetBoolean());
    }

    [Fact]
    public async Task Get_FateAndSideAsNames_FilterAndComeBackAsNames()
    {
        using var client = await app.ApiClientAsync(Roles.Viewer);

        var page = await GetJsonAsync(client, "/api/v1/persons?fate=repatriated&side=Azerbaijani");

        Assert.Equal(14, page.GetProperty("total").GetInt32());
        Assert.All(page.GetProperty("items").EnumerateArray(), item =>
        {
            Assert.Equal("Repatriated", item.GetProperty("fate").GetString());
            Assert.Equal("azerbaijani", item.GetProperty("side").GetString());
        });
    }

    [Fact]
    public async Task Get_ContestedOnly_ListsContestedPeople()
    {
        using var client = await app.ApiClientAsync(Roles.Viewer);

        var page = await GetJsonAsync(client, "/api/v1/persons?contested=true&pageSize=500");

        Assert.All(page.GetProperty("items").EnumerateArray(), item => Assert.True(item.GetProperty("contested").GetBoolean()));
        Assert.Contains(DemoPeople.Contested.Id, page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
    }

    [Fact]
    public async Task Get_UnknownFate_Is400NamingTheParameter()
    {
        using var client = await app.ApiClientAsync(Roles.Viewer);

        using var response = await client.GetAsync(new Uri("/api/v1/persons?fate=Vanished", UriKind.Relative), Cancel);

        await AssertValidationProblemAsync(response, "fate");
    }

    [Fact]
    public async Task Get_Dossier_HasTheETagEnumNamesAndDateTexts()
    {
        var person = DemoPeople.Contested;
        using var client = await app.ApiClientAsync(Roles.Viewer);

        using var response = await client.GetAsync(new Uri($"/api/v1/persons/{person.Id}", UriKind.Relative), Cancel);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"\"{body.GetProperty("version").GetInt32()}\"", response.Headers.ETag?.Tag);
        Assert.True(body.GetProperty("contested").GetBoolean());
        Assert.Single(body.GetProperty("conflicts").EnumerateArray());
        var timeline = body.GetProperty("timeline").EnumerateArray().ToList();
        Assert.Equal(["Missing", "Deceased", "CaptureConfirmed"], timeline.Select(f => f.GetProperty("status").GetString()));
        Assert.Equal("2020-12-12", timeline[1].GetProperty("asOf").GetString());
        Assert.Equal("ProbablyTrue", timeline[1].GetProperty("evidence").GetProperty("credibility").GetString());
        Assert.Equal("armenian", body.GetProperty("details").GetProperty("side").GetString());
        Assert.Contains(body.GetProperty("names").EnumerateArray(), n => n.GetProperty("script").GetString() == "Armenian");
    }

    [Fact]
    public async Task Get_UnknownId_Is404ProblemDetails()
    {
        using var client = await app.ApiClientAsync(Roles.Viewer);

        using var response = await client.GetAsync(new Uri($"/api/v1/persons/{Guid.NewGuid()}", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Post_ViewerKey_Is403()
    {
        using var client = await app.ApiClientAsync(Roles.Viewer);

        using var response = await client.PostAsJsonAsync(new Uri("/api/v1/persons", UriKind.Relative), new { familyName = "Viewyan" }, Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Post_CaseworkerKey_Is201WithLocationETagAndTheDossier()
    {
        using var client = await app.ApiClientAsync(Roles.Caseworker);
        var sourceId = await AnySourceIdAsync(client);

        using var response = await client.PostAsJsonAsync(
            new Uri("/api/v1/persons", UriKind.Relative),
            new
            {
                givenName = "Aram",
                familyName = "Apiyan",
                origin = "family report",
                side = "Armenian",
                sex = "Male",
                birthDate = "~2001",
                fate = new { status = "Missing", asOf = "2020-12", sourceId, locator = "report 1", credibility = "ProbablyTrue" },
            },
            Cancel);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = body.GetProperty("id").GetGuid();
        Assert.Equal($"/api/v1/persons/{id}", response.Headers.Location?.ToString());
        Assert.Equal($"\"{body.GetProperty("version").GetInt32()}\"", response.Headers.ETag?.Tag);
        Assert.Equal("~2001", body.GetProperty("details").GetProperty("birthDate").GetString());
        Assert.Equal("Missing", body.GetProperty("currentFate").GetProperty("status").GetString());
        using var again = await client.GetAsync(response.Headers.Location, Cancel);
        Assert.Equal(response.Headers.ETag, again.Headers.ETag);
    }

    [Fact]
    public async Task Post_NearDuplicateInAnotherScript_Is409WithTheCandidateAndSavesNothing()
    {
        using var client = await app.ApiClientAsync(Roles.Caseworker);
        var known = DemoPeople.Harutyunyan;
        var cyrillic = known.Names.First(n => n.FamilyName == "Арутюнян");
        var before = await CountPeopleAsync();

        using var response = await client.PostAsJsonAsync(
            new Uri("/api/v1/persons", UriKind.Relative),
            new { givenName = cyrillic.GivenName, familyName = cyrillic.FamilyName, birthDate = known.BirthDate?.ToString() },
            Cancel);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var candidate = Assert.Single(body.GetProperty("candidates").EnumerateArray(), c => c.GetProperty("id").GetGuid() == known.Id);
        Assert.Equal(known.PrimaryName.FullName, candidate.GetProperty("name").GetString());
        Assert.InRange(candidate.GetProperty("probability").GetDouble(), 0.5, 1);
        Assert.Contains(candidate.GetProperty("why").EnumerateArray(), f => f.GetProperty("field").GetString() == "name");
        Assert.Equal(before, await CountPeopleAsync());
    }

    [Fact]
    public async Task Post_NearDuplicateConfirmedNew_Is201AndRecordsNotTheSame()
    {
        using var client = await app.ApiClientAsync(Roles.Caseworker);
        var known = DemoPeople.Harutyunyan;
        var armenian = known.Names.First(n => n.FamilyName == "Հարությունյան");

        using var response = await client.PostAsJsonAsync(
            new Uri("/api/v1/persons", UriKind.Relative),
            new { givenName = armenian.GivenName, familyName = armenian.FamilyName, birthDate = known.BirthDate?.ToString(), confirmedNew = true },
            Cancel);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = body.GetProperty("id").GetGuid();
        await using var context = app.Database.CreateContext();
        var (first, second) = PersonPair.Order(id, known.Id);
        var pair = await context.PersonPairs.SingleAsync(p => p.FirstPersonId == first && p.SecondPersonId == second, Cancel);
        Assert.Equal((PairOrigin.Registration, MatchDecision.NotSame), (pair.Origin, pair.Decision));
    }

    [Fact]
    public async Task Post_NoName_Is400ValidationProblemNamingTheField()
    {
        using var client = await app.ApiClientAsync(Roles.Caseworker);

        using var response = await client.PostAsJsonAsync(new Uri("/api/v1/persons", UriKind.Relative), new { patronymic = "Samveli" }, Cancel);

        await AssertValidationProblemAsync(response, "familyName");
    }

    [Theory]
    [InlineData("Inv\u202Eented", "Person", "givenName")]
    [InlineData("Invented", "Per\u0000son", "familyName")]
    public async Task Post_NameWithAControlOrDirectionCharacter_Is400ValidationProblemNamingTheField(string givenName, string familyName, string field)
    {
        using var client = await app.ApiClientAsync(Roles.Caseworker);

        using var response = await client.PostAsJsonAsync(new Uri("/api/v1/persons", UriKind.Relative), new { givenName, familyName }, Cancel);

        Assert.Equal([field], await AssertValidationProblemAsync(response, field));
    }

    [Fact]
    public async Task Post_BirthDateInTheFuture_Is400ValidationProblemNamingTheField()
    {
        using var client = await app.ApiClientAsync(Roles.Caseworker);

        using var response = await client.PostAsJsonAsync(new Uri("/api/v1/persons", UriKind.Relative), new { familyName = "Invented-Futureyan", birthDate = "2031-01-01" }, Cancel);

        Assert.Equal(["birthDate"], await AssertValidationProblemAsync(response, "birthDate"));
    }

    [Theory]
    [InlineData("Vanished", "2020-12", "status")]
    [InlineData("Missing", "yesterday", "asOf")]
    public async Task PostFate_InvalidField_Is400NamingTheField(string status, string asOf, string field)
    {
        using var client = await app.ApiClientAsync(Roles.Caseworker);
        var (id, _) = await RegisterAsync(client, "Badfateyan");
        var sourceId = await AnySourceIdAsync(client);

        using var response = await client.PostAsJsonAsync(
            new Uri($"/api/v1/persons/{id}/fates", UriKind.Relative), new { status, asOf, sourceId, locator = "row 1", credibility = "2" }, Cancel);

        Assert.Equal([field], await AssertValidationProblemAsync(response, field));
    }

    [Fact]
    public async Task PostFate_WithoutIfMatch_IsAppliedAndChangesTheETag()
    {
        using var client = await app.ApiClientAsync(Roles.Caseworker);
        var (id, etag) = await RegisterAsync(client, "Fateyan");
        var sourceId = await AnySourceIdAsync(client);

        using var response = await client.PostAsJsonAsync(
            new Uri($"/api/v1/persons/{id}/fates", UriKind.Relative),
            new { status = "ReportedCaptured", asOf = "2020-12-14", sourceId, quote = "He is on the list.", credibility = "3" },
            Cancel);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(etag, response.Headers.ETag);
        Assert.Equal("PossiblyTrue", body.GetProperty("currentFate").GetProperty("evidence").GetProperty("credibility").GetString());
    }

    [Fact]
    public async Task PostName_WithAStaleIfMatch_Is412()
    {
        using var client = await app.ApiClientAsync(Roles.Caseworker);
        var (id, etag) = await RegisterAsync(client, "Nameyan");
        using var first = await PostWithIfMatchAsync(client, $"/api/v1/persons/{id}/names", new { familyName = "Նամեյան" }, etag);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        using var second = await PostWithIfMatchAsync(client, $"/api/v1/persons/{id}/names", new { familyName = "Намеян" }, etag);

        Assert.Equal(HttpStatusCode.PreconditionFailed, second.StatusCode);
    }

    [Fact]
    public async Task PostFate_BeforeBirth_Is422WithTheRule()
    {
        using var client = await app.ApiClientAsync(Roles.Caseworker);
        var (id, _) = await RegisterAsync(client, "Birthyan");
        var sourceId = await AnySourceIdAsync(client);

        using var response = await client.PostAsJsonAsync(
            new Uri($"/api/v1/persons/{id}/fates", UriKind.Relative),
            new { status = "Missing", asOf = "1990", sourceId, locator = "row 1", credibility = "2" },
            Cancel);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("fate.before-birth", body.GetProperty("rule").GetString());
    }

    [Fact]
    public async Task PutDetails_WithoutIfMatch_Is428()
    {
        using var client = await app.ApiClientAsync(Roles.Caseworker);
        var (id, _) = await RegisterAsync(client, "Precondyan");

        using var response = await client.PutAsJsonAsync(new Uri($"/api/v1/persons/{id}/details", UriKind.Relative), new { side = "Armenian" }, Cancel);

        Assert.Equal((HttpStatusCode)428, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task PutDetails_WithAStaleIfMatch_Is412()
    {
        using var client = await app.ApiClientAsync(Roles.Caseworker);
        var (id, etag) = await RegisterAsync(client, "Staleyan");
        using var first = await PutDetailsAsync(client, id, new { side = "Armenian", rank = "Captain" }, etag);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        using var second = await PutDetailsAsync(client, id, new { side = "Armenian", rank = "Private" }, etag);

        Assert.Equal(HttpStatusCode.PreconditionFailed, second.StatusCode);
    }

    [Fact]
    public async Task PutDetails_WithTheCurrentIfMatch_Is200WithANewETag()
    {
        using var client = await app.ApiClientAsync(Roles.Caseworker);
        var (id, etag) = await RegisterAsync(client, "Currentyan");

        using var response = await PutDetailsAsync(client, id, new { side = "Armenian", role = "Soldier", rank = "Sergeant", birthDate = "2001-05-03" }, etag);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(response.Headers.ETag);
        Assert.NotEqual(etag, response.Headers.ETag);
        Assert.Equal("Sergeant", body.GetProperty("details").GetProperty("rank").GetString());
        Assert.Equal("Soldier", body.GetProperty("details").GetProperty("role").GetString());
    }

    [Fact]
    public async Task PutDetails_UnknownId_Is404()
    {
        using var client = await app.ApiClientAsync(Roles.Caseworker);

        using var response = await PutDetailsAsync(client, Guid.NewGuid(), new { side = "Armenian" }, new EntityTagHeaderValue("\"0\""));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task GetHistory_AfterAChange_NamesTheAccountThatMadeItFirst()
    {
        var account = await app.CreateAccountAsync(Roles.Caseworker);
        using var client = app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", account.ApiKey);
        var (id, etag) = await RegisterAsync(client, "Historyan");
        using var change = await PutDetailsAsync(client, id, new { side = "Azerbaijani" }, etag);

        var history = await GetJsonAsync(client, $"/api/v1/persons/{id}/history");

        var latest = history.EnumerateArray().First();
        Assert.Equal(account.UserName, latest.GetProperty("actor").GetString());
        Assert.Equal("Modified", latest.GetProperty("action").GetString());
        Assert.Equal(JsonValueKind.Object, latest.GetProperty("changes").ValueKind);
        Assert.All(history.EnumerateArray(), entry => Assert.Equal(account.UserName, entry.GetProperty("actor").GetString()));
    }

    internal static async Task<JsonElement> GetJsonAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
    }

    internal static async Task<Guid> AnySourceIdAsync(HttpClient client)
    {
        // The dossier of a demo person names the demo sources its evidence cites.
        var person = await GetJsonAsync(client, $"/api/v1/persons/{DemoPeople.Contested.Id}");
        return person.GetProperty("timeline")[0].GetProperty("evidence").GetProperty("sourceId").GetGuid();
    }

    private async Task<int> CountPeopleAsync()
    {
        await using var context = app.Database.CreateContext();
        return await context.People.CountAsync(Cancel);
    }

    // A new person each time: a theory registers "Aram Badfateyan, 2001" once per case.
    internal static async Task<(Guid Id, EntityTagHeaderValue ETag)> RegisterAsync(HttpClient client, string familyName)
    {
        using var response = await client.PostAsJsonAsync(
            new Uri("/api/v1/persons", UriKind.Relative), new { givenName = "Aram", familyName, birthDate = "2001", confirmedNew = true }, Cancel);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        return (body.GetProperty("id").GetGuid(), response.Headers.ETag!);
    }

    internal static async Task<HttpResponseMessage> PostWithIfMatchAsync(HttpClient client, string path, object body, EntityTagHeaderValue etag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = JsonContent.Create(body) };
        request.Headers.IfMatch.Add(etag);
        return await client.SendAsync(request, Cancel);
    }

    private static async Task<HttpResponseMessage> PutDetailsAsync(HttpClient client, Guid id, object body, EntityTagHeaderValue etag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri($"/api/v1/persons/{id}/details", UriKind.Relative)) { Content = JsonContent.Create(body) };
        request.Headers.IfMatch.Add(etag);
        return await client.SendAsync(request, Cancel);
    }

    internal static async Task<IReadOnlyCollection<string>> AssertValidationProblemAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        var errors = body.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains(field, errors);
        return errors;
    }
}
