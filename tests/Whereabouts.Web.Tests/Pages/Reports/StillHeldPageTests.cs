using Whereabouts.Application.Accounts;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Pages.Reports;

public sealed class StillHeldPageTests(WebApp app) : IClassFixture<WebApp>
{
    [Fact]
    public async Task Get_15December2020AndToday_ListDifferentPeopleAndKeepTheDateInTheBox()
    {
        using var browser = await app.BrowserAsync(Roles.Viewer);

        var then = await WebApp.GetDocumentAsync(browser, "/Reports/StillHeld?side=armenian&asOf=2020-12-15");
        var now = await WebApp.GetDocumentAsync(browser, "/Reports/StillHeld?side=armenian");

        Assert.Equal("2020-12-15", then.QuerySelector("#asOf")?.GetAttribute("value"));
        var thenPeople = then.QuerySelectorAll("#held tbody tr").Select(r => r.QuerySelector("a")!.GetAttribute("href")).ToHashSet();
        var nowPeople = now.QuerySelectorAll("#held tbody tr").Select(r => r.QuerySelector("a")!.GetAttribute("href")).ToHashSet();
        Assert.NotEmpty(thenPeople);
        Assert.True(nowPeople.Count > thenPeople.Count);
        Assert.Single(then.QuerySelectorAll("#exchange-tallies tbody tr"));
        Assert.Equal(2, now.QuerySelectorAll("#exchange-tallies tbody tr").Length);
    }

    [Fact]
    public async Task Get_BadDate_SaysWhatIsWrongWithIt()
    {
        using var browser = await app.BrowserAsync(Roles.Counsel);

        var page = await WebApp.GetDocumentAsync(browser, "/Reports/StillHeld?side=armenian&asOf=yesterday");

        Assert.Contains("'yesterday' is not a day", page.QuerySelector(".validation-summary")?.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#held"));
    }
}
