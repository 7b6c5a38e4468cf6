using Whereabouts.Application.Accounts;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Pages.Places;

public sealed class IndexPageTests(WebApp app) : IClassFixture<WebApp>
{
    [Fact]
    public async Task Get_AsViewer_ListsTheGazetteerWithOtherNames()
    {
        using var browser = await app.BrowserAsync(Roles.Viewer);

        var page = await WebApp.GetDocumentAsync(browser, "/Places");

        var rows = page.QuerySelectorAll("#results tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains("Stepanakert", StringComparison.Ordinal) && r.Contains("Xankəndi", StringComparison.Ordinal));
        Assert.Null(page.QuerySelector("a[href='/Places/Create']"));
    }

    [Theory]
    [InlineData("Хцаберд")]
    [InlineData("Khtsaberd")]
    [InlineData("Խծաբերդ")]
    public async Task Get_AnySpelling_FindsKhtsabert(string spelling)
    {
        using var browser = await app.BrowserAsync(Roles.Viewer);

        var page = await WebApp.GetDocumentAsync(browser, "/Places?q=" + Uri.EscapeDataString(spelling));

        Assert.Contains("Khtsabert", page.QuerySelectorAll("#results tbody td:first-child a").Select(a => a.TextContent));
    }

    [Fact]
    public async Task Get_AsAnalyst_OffersToAddAPlace()
    {
        using var browser = await app.BrowserAsync(Roles.Analyst);

        var page = await WebApp.GetDocumentAsync(browser, "/Places");

        Assert.NotNull(page.QuerySelector("a[href='/Places/Create']"));
    }
}
