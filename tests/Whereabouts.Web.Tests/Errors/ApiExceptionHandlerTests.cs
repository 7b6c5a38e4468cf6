using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Whereabouts.Application.Accounts;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Errors;

public sealed class ApiExceptionHandlerTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TryHandleAsync_WriteToALockedRegistry_Is503ProblemWithRetryAfterAndNothingSaved()
    {
        await using var app = WebApp.WithBusyTimeout(1);
        await app.InitializeAsync();
        using var client = await app.ApiClientAsync(Roles.Caseworker);

        using var response = await RegistryLock.WhileLockedAsync(app, () => client.PostAsJsonAsync(
            new Uri("/api/v1/persons", UriKind.Relative),
            new { givenName = "Aram", familyName = "Invented-Lockyan", side = "Armenian", confirmedNew = true },
            Cancel));
        var problem = await ProblemAsync(response);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("5", response.Headers.RetryAfter?.ToString());
        Assert.Equal(503, problem.GetProperty("status").GetInt32());
        Assert.Equal("The registry is busy", problem.GetProperty("title").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("traceId").GetString()));

        using var search = await client.GetAsync(new Uri("/api/v1/persons?q=Invented-Lockyan", UriKind.Relative), Cancel);
        Assert.DoesNotContain("Lockyan", await search.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TryHandleAsync_Bug_Is500ProblemWithTraceIdAndNoExceptionText()
    {
        await using var app = WebApp.Failing();
        await app.InitializeAsync();
        using var client = await app.ApiClientAsync(Roles.Viewer);

        using var response = await client.PostAsJsonAsync(new Uri(FailingPath.Api, UriKind.Relative), new { name = "Invented-Bugyan" }, Cancel);
        var body = await response.Content.ReadAsStringAsync(Cancel);
        var problem = await ProblemAsync(response);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(500, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("traceId").GetString()));
        Assert.DoesNotContain("secret", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TryHandleAsync_QueryParameterOfTheWrongType_Is400NamingIt()
    {
        await using var app = new WebApp();
        await app.InitializeAsync();
        using var client = await app.ApiClientAsync(Roles.Viewer);

        using var response = await client.GetAsync(new Uri("/api/v1/persons?page=garbage", UriKind.Relative), Cancel);
        var problem = await ProblemAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("garbage", problem.GetProperty("errors").GetProperty("page")[0].GetString(), StringComparison.Ordinal);
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        return document.RootElement.Clone();
    }
}
