using System.Net;
using System.Text.Json;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Api;

public sealed class OpenApiDocumentTests(WebApp app) : IClassFixture<WebApp>
{
    [Fact]
    public async Task Get_Anonymously_DescribesEveryResourceOfTheApi()
    {
        using var client = app.Anonymous();

        using var response = await client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative), TestContext.Current.CancellationToken);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var expected in new[] { "/api/v1/persons", "/api/v1/persons/{id}", "/api/v1/sources", "/api/v1/incidents", "/api/v1/places" })
        {
            Assert.Contains(paths, p => p.TrimEnd('/') == expected);
        }

        var search = document.RootElement.GetProperty("paths").EnumerateObject().First(p => p.Name.TrimEnd('/') == "/api/v1/persons").Value.GetProperty("get");
        Assert.Contains(search.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "q");
    }

    [Fact]
    public async Task Get_Anonymously_DeclaresTheBearerApiKeyForEveryOperation()
    {
        using var client = app.Anonymous();

        using var response = await client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative), TestContext.Current.CancellationToken);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        var scheme = document.RootElement.GetProperty("components").GetProperty("securitySchemes").GetProperty("apiKey");
        Assert.Equal(("http", "bearer"), (scheme.GetProperty("type").GetString(), scheme.GetProperty("scheme").GetString()));
        var requirement = Assert.Single(document.RootElement.GetProperty("security").EnumerateArray());
        Assert.True(requirement.TryGetProperty("apiKey", out _));
    }
}
