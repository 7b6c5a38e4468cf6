using Whereabouts.Application.Accounts;
using Whereabouts.Application.Demo;
using Whereabouts.Domain;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Pages.People;

/// <summary>The dossier's account of who held the place of capture on the day of capture.</summary>
public sealed partial class DetailsPageTests
{
    [Fact]
    public async Task Get_DemoCaptiveOfKhtsabert_ShowsWhoHeldThePlaceOnTheCaptureDay()
    {
        var khtsabert = DemoIds.For("place/khtsabert");
        var december13 = PartialDate.OfDay(2020, 12, 13);
        var captive = DemoCatalog.Build().People.First(p => p.FateAssertions
            .Where(a => a.PlaceId is not null && FateTransitions.GroupOf(a.Status) == FateGroup.Captivity)
            .OrderBy(a => a.AsOf.Earliest)
            .FirstOrDefault() is { } first && first.PlaceId == khtsabert && first.AsOf == december13);
        using var browser = await app.BrowserAsync(Roles.Viewer);

        var page = await WebApp.GetDocumentAsync(browser, $"/People/{captive.Id}");

        var text = page.QuerySelector("#capture-control-section")?.TextContent;
        Assert.Contains("13 Dec 2020", text, StringComparison.Ordinal);
        Assert.Contains("Khtsabert", text, StringComparison.Ordinal);
        Assert.Contains("patrolled by Russian peacekeeping contingent", text, StringComparison.Ordinal);
        Assert.Contains("Russian peacekeepers' map of their zone of responsibility, 13 December 2020", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Azerbaijan", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_DemoPersonNeverCaptured_ShowsNoControl()
    {
        using var browser = await app.BrowserAsync(Roles.Viewer);

        var page = await WebApp.GetDocumentAsync(browser, $"/People/{DemoIds.For("person/hin-tagher/40")}");

        Assert.Null(page.QuerySelector("#capture-control-section"));
    }
}
