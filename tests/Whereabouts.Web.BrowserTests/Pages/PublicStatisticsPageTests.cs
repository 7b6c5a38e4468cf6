using Microsoft.Playwright;
using Whereabouts.Application.Demo;
using Whereabouts.Web.BrowserTests.Support;

namespace Whereabouts.Web.BrowserTests.Pages;

public sealed class PublicStatisticsPageTests(WhereaboutsServer server, BrowserSession browser) : IClassFixture<WhereaboutsServer>
{
    // Shorter family names could turn up inside ordinary words; full names are checked whatever their length.
    private const int ShortestTellingFamilyName = 6;

    [Fact]
    public async Task Open_Anonymously_ShowsTheStatisticsAndNoInventedPersonsName()
    {
        await using var browserPage = await browser.NewPageAsync(server.BaseAddress);
        var page = browserPage.Page;

        var response = await page.GotoAsync("/");

        Assert.NotNull(response);
        Assert.Equal(200, response.Status);
        Assert.True(await page.GetByRole(AriaRole.Heading, new() { Name = "Public statistics", Level = 1 }).IsVisibleAsync());
        Assert.True(await page.Locator("#public-fates-table").IsVisibleAsync());
        Assert.True(await page.GetByRole(AriaRole.Rowheader, new() { Name = "Repatriated" }).IsVisibleAsync());
        await BrowserSession.SaveScreenshotAsync(page, "public-statistics");

        var text = await page.Locator("body").InnerTextAsync();
        var shown = InventedNames().Where(name => text.Contains(name, StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.Empty(shown);
    }

    private static SortedSet<string> InventedNames()
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var name in DemoCatalog.Build().People.SelectMany(person => person.Names))
        {
            if (name.GivenName is not null && name.FamilyName is not null)
            {
                names.Add(name.GivenName + " " + name.FamilyName);
            }

            if (name.FamilyName is { Length: >= ShortestTellingFamilyName })
            {
                names.Add(name.FamilyName);
            }
        }

        Assert.NotEmpty(names);
        return names;
    }
}
