using System.Net;
using Whereabouts.Application.Accounts;
using Whereabouts.Application.Common;
using Whereabouts.Application.Demo;
using Whereabouts.Application.Persons;
using Whereabouts.Domain;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Pages.People;

/// <summary>The dossier as the registry held it at the end of a day (?recordedOn=), for a court file.</summary>
public sealed partial class DetailsPageTests
{
    [Fact]
    public async Task Get_AsRecordedOnADayBeforeALaterAssertion_ShowsTheBannerAndOmitsIt()
    {
        // The demo's fates were recorded on 15 January 2026; this one on 1 February 2026.
        var person = DemoIds.For("person/war-missing/11");
        const string quote = "seen alive in a video (invented, recorded later for a test)";
        var later = new DateTimeOffset(2026, 2, 1, 10, 0, 0, TimeSpan.Zero);
        await new PersonCommands(app.Database, new FixedActor("caseworker.recorded"), new Moment(later)).AssertFateAsync(
            person, new FateInput(FateStatus.ReportedCaptured, "2021-01-10", DemoIds.For("source/invented/icrc-list-2020"), quote, null, Credibility.PossiblyTrue),
            cancellationToken: TestContext.Current.CancellationToken);
        using var browser = await app.BrowserAsync(Roles.Caseworker);

        var then = await WebApp.GetDocumentAsync(browser, $"/People/{person}?recordedOn=2026-01-20");
        var thatDay = await WebApp.GetDocumentAsync(browser, $"/People/{person}?recordedOn=2026-02-01");
        var now = await WebApp.GetDocumentAsync(browser, $"/People/{person}");

        Assert.Contains("(UTC)", then.QuerySelector("#as-recorded")?.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/People/{person}", then.QuerySelector("#today-dossier")?.GetAttribute("href"));
        Assert.Equal("as recorded on 20 January 2026", then.QuerySelector("#report-days")?.TextContent);
        Assert.Equal("as recorded on 20 January 2026", then.QuerySelector("#print-recorded-on")?.TextContent);
        Assert.Equal("2026-01-20", then.QuerySelector("#recordedOn")?.GetAttribute("value"));
        Assert.NotEmpty(then.QuerySelectorAll("#timeline > li"));
        Assert.DoesNotContain(quote, then.QuerySelector("#timeline")?.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("caseworker.recorded", then.QuerySelector("#history-list")?.TextContent, StringComparison.Ordinal);
        Assert.Null(then.QuerySelector("a[href^='/People/AddFate/']"));
        Assert.Contains(quote, thatDay.QuerySelector("#timeline")?.TextContent, StringComparison.Ordinal);
        Assert.Contains(quote, now.QuerySelector("#timeline")?.TextContent, StringComparison.Ordinal);
        Assert.Null(now.QuerySelector("#as-recorded"));
        Assert.NotNull(now.QuerySelector("a[href^='/People/AddFate/']"));
    }

    [Fact]
    public async Task Get_AsRecordedOnBeforeAnythingWasRecorded_HasNoFateYet()
    {
        using var browser = await app.BrowserAsync(Roles.Viewer);

        var page = await WebApp.GetDocumentAsync(browser, $"/People/{DemoPeople.Contested.Id}?recordedOn=2020-12-18");

        Assert.NotNull(page.QuerySelector("#as-recorded"));
        Assert.Empty(page.QuerySelectorAll("#timeline > li"));
        Assert.Null(page.QuerySelector("#contested"));
    }

    [Theory]
    [InlineData("garbage", "recordedOn: garbage is not a day")]
    [InlineData("2999-01-01", "recordedOn: 2999-01-01 has not come yet")]
    public async Task Get_BadRecordedOn_SaysWhatIsWrongBesideItsFieldAndShowsTodaysDossier(string recordedOn, string message)
    {
        using var browser = await app.BrowserAsync(Roles.Viewer);

        using var response = await browser.GetAsync(new Uri($"/People/{DemoPeople.Contested.Id}?recordedOn={recordedOn}", UriKind.Relative), TestContext.Current.CancellationToken);
        var page = await WebApp.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, page.QuerySelector("[data-valmsg-for='RecordedOn']")?.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#as-recorded"));
    }

    [Fact]
    public async Task Get_FamilyNotification_LinksToTheDossierAsRecordedOnTheDayTheFamilyWasTold()
    {
        using var browser = await app.BrowserAsync(Roles.Caseworker);

        var page = await WebApp.GetDocumentAsync(browser, $"/People/{HinTagher1}");

        var links = page.QuerySelectorAll("#notification-list .notification-dossier").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains($"/People/{HinTagher1}?recordedOn=2020-12-28", links);
    }

    // The registry's clock stopped at one moment, for a fate recorded on a day the test chooses.
    private sealed class Moment(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
