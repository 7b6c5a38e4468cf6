using System.Net;
using Whereabouts.Application.Accounts;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Errors;

public sealed class ErrorPagesTests
{
    [Fact]
    public async Task UseErrorPages_FormPostToALockedRegistry_ShowsTheBusyPageWith503AndRetryAfter()
    {
        await using var app = WebApp.WithBusyTimeout(1);
        await app.InitializeAsync();
        using var browser = await app.BrowserAsync(Roles.Caseworker);

        using var response = await RegistryLock.WhileLockedAsync(app, () => WebApp.PostFormAsync(browser, "/People/Create", new Dictionary<string, string>
        {
            ["Name.FamilyName"] = "Invented-Lockyan",
            ["Name.GivenName"] = "Aram",
            ["Details.Side"] = "Armenian",
        }));
        var page = await WebApp.ParseAsync(response);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("5", response.Headers.RetryAfter?.ToString());
        Assert.NotNull(page.QuerySelector("header nav"));
        Assert.Equal("The registry is busy", page.QuerySelector("main h1")?.TextContent.Trim());
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("#error-trace")?.TextContent));
        Assert.NotEmpty(page.QuerySelectorAll("#error-way-back a"));
        Assert.Equal(0, await Pages.People.PeopleForms.PeopleNamedAsync(app, "Invented-Lockyan"));
    }
}
