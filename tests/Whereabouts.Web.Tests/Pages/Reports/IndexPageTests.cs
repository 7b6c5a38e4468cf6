using Whereabouts.Application.Accounts;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Pages.Reports;

public sealed class IndexPageTests(WebApp app) : IClassFixture<WebApp>
{
    [Fact]
    public async Task Get_AsAViewer_DrawsAChartPerSideWithTheFiguresInATable()
    {
        using var client = await app.BrowserAsync(Roles.Viewer);

        var page = await WebApp.GetDocumentAsync(client, "/Reports");

        Assert.NotNull(page.QuerySelector("#chart-armenian svg.chart polyline.series-captivity"));
        Assert.NotNull(page.QuerySelector("#chart-azerbaijani svg.chart"));
        var rows = page.QuerySelectorAll("#report-table tbody tr");
        Assert.True(rows.Length >= 12, $"Monthly points from the autumn of 2020 to today: {rows.Length}.");
        Assert.Null(page.QuerySelector("[style]"));
        Assert.Contains(page.QuerySelectorAll("header nav a"), a => a.GetAttribute("href") == "/Reports");
    }

    [Fact]
    public async Task Get_WithoutDates_SpansTheRegistrysOwnPeriodNotUpToToday()
    {
        using var client = await app.BrowserAsync(Roles.Viewer);

        var page = await WebApp.GetDocumentAsync(client, "/Reports");

        // The invented registry's fates are dated 2020 to 2023: the chart ends a month after the
        // latest of them, not today, and starts a month before the earliest.
        var days = page.QuerySelectorAll("#report-table tbody time")
            .Select(t => DateOnly.ParseExact(t.GetAttribute("datetime")!, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
        Assert.True(days[^1] < DateOnly.FromDateTime(DateTime.UtcNow).AddMonths(-6), $"The last point is {days[^1]}.");
        Assert.True(days[0].Year >= 2020, $"The first point is {days[0]}.");
        Assert.Contains(page.QuerySelectorAll("#report-table tbody tr")[0].QuerySelectorAll("td.count"), td => td.TextContent == "0");
    }

    [Fact]
    public async Task Get_OneSideDailyForDecember2020_HasADayPerRowAndOnlyThatSide()
    {
        using var client = await app.BrowserAsync(Roles.Viewer);

        var page = await WebApp.GetDocumentAsync(client, "/Reports?side=Armenian&step=Daily&from=2020-12-01&asOf=2020-12-31");

        Assert.Equal(31, page.QuerySelectorAll("#report-table tbody tr").Length);
        Assert.NotNull(page.QuerySelector("#chart-armenian"));
        Assert.Null(page.QuerySelector("#chart-azerbaijani"));
        var rows = page.QuerySelectorAll("#report-table tbody tr");
        var last = rows[^1];
        Assert.Equal("2020-12-31", last.QuerySelector("time")!.GetAttribute("datetime"));
    }

    [Fact]
    public async Task Get_ARangeThatEndsBeforeItStarts_SaysSoInsteadOfDrawing()
    {
        using var client = await app.BrowserAsync(Roles.Viewer);

        var page = await WebApp.GetDocumentAsync(client, "/Reports?from=2021-01-01&asOf=2020-01-01");

        Assert.Contains("before it starts", page.QuerySelector(".validation-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("svg.chart"));
    }

    [Fact]
    public async Task Get_ForAnIncident_CountsFewerPeopleThanTheWholeRegistry()
    {
        using var client = await app.BrowserAsync(Roles.Viewer);
        var all = await WebApp.GetDocumentAsync(client, "/Reports?asOf=2021-12-31&from=2021-12-01");
        var incident = all.QuerySelectorAll("#incident option").Select(o => o.GetAttribute("value")).First(v => !string.IsNullOrEmpty(v));

        var one = await WebApp.GetDocumentAsync(client, $"/Reports?asOf=2021-12-31&from=2021-12-01&incident={incident}");

        Assert.True(Sum(one) <= Sum(all));
        Assert.Contains("people with a fate in", one.QuerySelector("#report-range")!.TextContent, StringComparison.Ordinal);
    }

    private static int Sum(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("#report-table tbody tr")[^1].QuerySelectorAll("td.count").Sum(td => int.Parse(td.TextContent, System.Globalization.CultureInfo.InvariantCulture));
}
