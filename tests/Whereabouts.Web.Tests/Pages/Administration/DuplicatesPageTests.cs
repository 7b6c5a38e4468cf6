using System.Net;
using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Accounts;
using Whereabouts.Domain;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Pages.Administration;

public sealed class DuplicatesPageTests(WebApp app) : IClassFixture<WebApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Post_Administrator_RunsTheSearchAndSaysWhatItFound()
    {
        var (hayk, ayk) = await InventedDuplicateAsync(app);
        using var browser = await app.BrowserAsync(Roles.Administrator);

        using var response = await WebApp.PostFormAsync(browser, "/Administration/Duplicates", new Dictionary<string, string>(), "#find-duplicates");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await WebApp.GetDocumentAsync(browser, response.Headers.Location!.ToString());
        Assert.Contains("new pairs for review", page.QuerySelector("#notice")?.TextContent, StringComparison.Ordinal);
        await using var context = app.Database.CreateContext();
        var (first, second) = PersonPair.Order(hayk.Id, ayk.Id);
        Assert.True(await context.PersonPairs.AnyAsync(p => p.FirstPersonId == first && p.SecondPersonId == second && p.Origin == PairOrigin.DuplicateSearch, Cancel));
    }

    [Fact]
    public async Task Get_Caseworker_IsForbidden()
    {
        using var browser = await app.BrowserAsync(Roles.Caseworker);

        using var response = await browser.GetAsync(new Uri("/Administration/Duplicates", UriKind.Relative), Cancel);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>Two invented records of one invented man, in two scripts.</summary>
    internal static async Task<(Person Hayk, Person Ayk)> InventedDuplicateAsync(WebApp app)
    {
        var hayk = new Person(Guid.NewGuid(), new PersonName("Hayk", "Gevorgyan"), new PersonDetails(Sex.Male, PartialDate.OfYear(2002).Approximately()), isInvented: true);
        var ayk = new Person(Guid.NewGuid(), new PersonName("Айк", "Геворгян"), new PersonDetails(Sex.Male, PartialDate.OfYear(2002)), isInvented: true);
        await using var context = app.Database.CreateContext();
        context.People.AddRange(hayk, ayk);
        await context.SaveChangesAsync(Cancel);
        return (hayk, ayk);
    }
}
