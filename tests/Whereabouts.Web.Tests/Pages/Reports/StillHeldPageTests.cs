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
    public async Task Get_AsRecordedOnADay_HeadingSaysBothDaysWithABannerAndTheDayInItsBox()
    {
        using var browser = await app.BrowserAsync(Roles.Viewer);

        var page = await WebApp.GetDocumentAsync(browser, "/Reports/StillHeld?side=armenian&asOf=2020-12-16&recordedOn=2026-02-01");
        var russian = await WebApp.GetDocumentAsync(browser, "/Reports/StillHeld?side=armenian&asOf=2020-12-16&recordedOn=2026-02-01&culture=ru");
        var today = await WebApp.GetDocumentAsync(browser, "/Reports/StillHeld?side=armenian&asOf=2020-12-16");

        Assert.Equal("as of 16 December 2020, as recorded on 1 February 2026", page.QuerySelector("#report-days")?.TextContent);
        Assert.Contains("as recorded on 1 February 2026", page.Title, StringComparison.Ordinal);
        Assert.Equal("2026-02-01", page.QuerySelector("#recordedOn")?.GetAttribute("value"));
        Assert.Contains("(UTC)", page.QuerySelector("#as-recorded")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("/Reports/StillHeld?side=armenian&asOf=2020-12-16", page.QuerySelector("#as-recorded a")?.GetAttribute("href"));
        Assert.All(page.QuerySelectorAll("#held tbody tr a[href^='/People/']"), a => Assert.EndsWith("?recordedOn=2026-02-01", a.GetAttribute("href"), StringComparison.Ordinal));
        Assert.Equal("по состоянию на 16 декабря 2020, по записям на 1 февраля 2026", russian.QuerySelector("#report-days")?.TextContent);
        Assert.Null(today.QuerySelector("#as-recorded"));
        Assert.Null(today.QuerySelector("#report-days"));
    }

    [Theory]
    [InlineData("garbage", "'garbage' is not a day")]
    [InlineData("2999-01-01", "'2999-01-01' is in the future")]
    public async Task Get_BadRecordedOn_SaysWhatIsWrongBesideItsField(string recordedOn, string message)
    {
        using var browser = await app.BrowserAsync(Roles.Counsel);

        var page = await WebApp.GetDocumentAsync(browser, $"/Reports/StillHeld?side=armenian&asOf=2020-12-16&recordedOn={recordedOn}");

        Assert.Contains(message, page.QuerySelector("[data-valmsg-for='RecordedOn']")?.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelector("[data-valmsg-for='AsOf']")?.TextContent ?? string.Empty);
        Assert.Null(page.QuerySelector("#held"));
    }

    [Fact]
    public async Task Get_PagesOfFive_SayWhichOfHowManyWithLinksToTheNeighbouringPages()
    {
        using var browser = await app.BrowserAsync(Roles.Viewer);

        var first = await WebApp.GetDocumentAsync(browser, "/Reports/StillHeld?side=armenian&asOf=2020-12-15&pageSize=5");
        var total = int.Parse(first.QuerySelector("#held-range")!.TextContent.Trim().Split(" of ")[1], System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture);
        var next = first.QuerySelector("#held-pages a[rel='next']")?.GetAttribute("href");
        var second = await WebApp.GetDocumentAsync(browser, next!);
        var russian = await WebApp.GetDocumentAsync(browser, next + "&culture=ru");

        Assert.True(total > 5, "the demo holds more than five Armenians on the day");
        Assert.Equal(5, first.QuerySelectorAll("#held tbody tr").Length);
        Assert.Null(first.QuerySelector("#held-pages a[rel='prev']"));
        Assert.Equal("/Reports/StillHeld?side=armenian&asOf=2020-12-15&pageNumber=2&pageSize=5", next);
        Assert.Equal(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"6–{Math.Min(10, total)} of {total}"), second.QuerySelector("#held-range")?.TextContent.Trim());
        Assert.Empty(first.QuerySelectorAll("#held tbody tr a[href^='/People/']").Select(a => a.GetAttribute("href"))
            .Intersect(second.QuerySelectorAll("#held tbody tr a[href^='/People/']").Select(a => a.GetAttribute("href"))));
        Assert.Equal("/Reports/StillHeld?side=armenian&asOf=2020-12-15&pageNumber=1&pageSize=5", second.QuerySelector("#held-pages a[rel='prev']")?.GetAttribute("href"));
        Assert.StartsWith("6–", russian.QuerySelector("#held-range")?.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains(" из ", russian.QuerySelector("#held-range")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_PagePastTheEnd_SaysWhereTheListEnds()
    {
        using var browser = await app.BrowserAsync(Roles.Viewer);

        var page = await WebApp.GetDocumentAsync(browser, "/Reports/StillHeld?side=armenian&asOf=2020-12-15&pageNumber=999&pageSize=500");

        Assert.Null(page.QuerySelector("#held"));
        Assert.Contains("No one on page 999: the list ends on page 1.", page.QuerySelector("#held-range")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("/Reports/StillHeld?side=armenian&asOf=2020-12-15&pageNumber=1&pageSize=500", page.QuerySelector("#held-pages a[rel='prev']")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Get_BadPageNumber_SaysWhatIsWrongWithIt()
    {
        using var browser = await app.BrowserAsync(Roles.Viewer);

        var page = await WebApp.GetDocumentAsync(browser, "/Reports/StillHeld?side=armenian&pageNumber=first");

        Assert.Contains("'first' is not a page number", page.QuerySelector(".validation-summary")?.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#held"));
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
