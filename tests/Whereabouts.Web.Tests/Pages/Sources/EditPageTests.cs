using System.Net;
using Whereabouts.Application.Accounts;
using Whereabouts.Application.Common;
using Whereabouts.Application.Sources;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Pages.Sources;

public sealed class EditPageTests(WebApp app) : IClassFixture<WebApp>
{
    [Fact]
    public async Task Get_ExistingSource_FillsTheFormAndTheVersion()
    {
        var source = await CreateAsync("Form filled", "2020-12");
        using var browser = await app.BrowserAsync(Roles.Analyst);

        var page = await WebApp.GetDocumentAsync(browser, $"/Sources/Edit/{source.Id}");

        Assert.Equal("Form filled", page.QuerySelector("input[name='Form.Title']")?.GetAttribute("value"));
        Assert.Equal("2020-12", page.QuerySelector("input[name='Form.PublishedOn']")?.GetAttribute("value"));
        Assert.Equal("0", page.QuerySelector("input[name='Version']")?.GetAttribute("value"));
    }

    [Fact]
    public async Task Post_CurrentVersion_SavesAndRedirectsToTheSource()
    {
        var source = await CreateAsync("Before the edit", null);
        using var browser = await app.BrowserAsync(Roles.Analyst);

        using var response = await WebApp.PostFormAsync(browser, $"/Sources/Edit/{source.Id}", new Dictionary<string, string> { ["Form.Title"] = "After the edit" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Sources/{source.Id}", response.Headers.Location?.OriginalString);
        var saved = await Reader.FindAsync(source.Id, TestContext.Current.CancellationToken);
        Assert.Equal("After the edit", saved?.Title);
        Assert.Equal(1, saved?.Version);
    }

    [Fact]
    public async Task Post_AfterSomeoneElseSaved_ShowsTheConflictAndKeepsTheirChange()
    {
        var source = await CreateAsync("Shared source", null);
        using var browser = await app.BrowserAsync(Roles.Analyst);
        await Editor.ReviseAsync(source.Id, source.Version, new SourceInput("NewsArticle", "Their change"), TestContext.Current.CancellationToken);

        using var response = await WebApp.PostFormAsync(browser, $"/Sources/Edit/{source.Id}", new Dictionary<string, string>
        {
            ["Version"] = "0",
            ["Form.Title"] = "My change from an old copy",
        });
        var page = await WebApp.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("changed by someone else", page.QuerySelector(".validation-summary")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#conflict"));
        Assert.Equal("My change from an old copy", page.QuerySelector("input[name='Form.Title']")?.GetAttribute("value"));
        Assert.Equal("Their change", (await Reader.FindAsync(source.Id, TestContext.Current.CancellationToken))?.Title);
    }

    [Fact]
    public async Task Post_ABadAddress_ShowsTheMessageNextToIt()
    {
        var source = await CreateAsync("Addressed", null);
        using var browser = await app.BrowserAsync(Roles.Analyst);

        using var response = await WebApp.PostFormAsync(browser, $"/Sources/Edit/{source.Id}", new Dictionary<string, string> { ["Form.Url"] = "javascript:alert(1)" });
        var page = await WebApp.ParseAsync(response);

        Assert.Contains("http or https", page.QuerySelector("[data-valmsg-for='Form.Url']")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_AsViewer_IsDenied()
    {
        var source = await CreateAsync("Not for viewers", null);
        using var browser = await app.BrowserAsync(Roles.Viewer);

        using var response = await browser.GetAsync(new Uri($"/Sources/Edit/{source.Id}", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location?.PathAndQuery ?? response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_UnknownId_Is404()
    {
        using var browser = await app.BrowserAsync(Roles.Analyst);

        using var response = await browser.GetAsync(new Uri($"/Sources/Edit/{Guid.NewGuid()}", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private SourceEditor Editor => new(app.Database, new FixedActor("someone-else"), TimeProvider.System);

    private SourceReader Reader => new(app.Database);

    private Task<SourceView> CreateAsync(string title, string? publishedOn) =>
        Editor.CreateAsync(new SourceInput("NewsArticle", title, PublishedOn: publishedOn), TestContext.Current.CancellationToken);
}
