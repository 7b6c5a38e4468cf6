using Whereabouts.Application.Accounts;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Pages.People;

/// <summary>The dossier's ways to correct it: Retract per standing assertion, Withdraw per spelling.</summary>
public sealed partial class DetailsPageTests
{
    [Fact]
    public async Task Get_Caseworker_OffersRetractForEachStandingAssertionAndWithdrawForEachSpelling()
    {
        var person = DemoPeople.Contested;
        using var browser = await app.BrowserAsync(Roles.Caseworker);

        var page = await WebApp.GetDocumentAsync(browser, $"/People/{person.Id}");

        var entries = page.QuerySelectorAll("ol.timeline > li");
        Assert.NotEmpty(entries);
        Assert.All(entries, li => Assert.Equal($"/People/RetractFate/{person.Id}/{li.Id!["fate-".Length..]}", li.QuerySelector("a[id^='retract-']")?.GetAttribute("href")));
        var rows = page.QuerySelectorAll("#name-forms tbody tr");
        Assert.Equal(rows.Length > 1 ? rows.Length : 0, page.QuerySelectorAll("#name-forms a[id^='withdraw-name-']").Length);
    }

    [Fact]
    public async Task Get_Viewer_OffersNoCorrections()
    {
        using var browser = await app.BrowserAsync(Roles.Viewer);

        var page = await WebApp.GetDocumentAsync(browser, $"/People/{DemoPeople.Contested.Id}");

        Assert.Empty(page.QuerySelectorAll("a[id^='retract-'], a[id^='withdraw-name-']"));
    }
}
