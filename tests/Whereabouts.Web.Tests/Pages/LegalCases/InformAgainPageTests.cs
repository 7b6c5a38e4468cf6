using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Accounts;
using Whereabouts.Application.Common;
using Whereabouts.Application.Demo;
using Whereabouts.Application.Legal;
using Whereabouts.Domain;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Pages.LegalCases;

public sealed class InformAgainPageTests(WebApp app) : IClassFixture<WebApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Get_FamilyToldAnotherFate_ListsTheCaseAndTheDossierSaysSo()
    {
        var (person, told, now) = await TellAnotherFateAsync("person/hin-tagher/6");
        using var browser = await app.BrowserAsync(Roles.Counsel);

        var page = await WebApp.GetDocumentAsync(browser, "/LegalCases/InformAgain");
        var dossier = await WebApp.GetDocumentAsync(browser, $"/People/{person}");

        Assert.Equal("/LegalCases/InformAgain", page.QuerySelector("#nav-inform-again")?.GetAttribute("href"));
        var row = page.QuerySelector($"#inform-again-list tr[data-person='{person}']");
        Assert.NotNull(row);
        Assert.Equal(told, row.QuerySelector("td.told")?.TextContent.Trim());
        Assert.StartsWith(now, row.QuerySelector("td.now")?.TextContent.Trim(), StringComparison.Ordinal);
        var notice = dossier.QuerySelector("#inform-again")?.TextContent;
        Assert.Contains("Inform the family again.", notice, StringComparison.Ordinal);
        Assert.Contains($"{told}. The evidence now says: {now}.", notice, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Viewer_IsRefusedAndSeesNoLinkNorNotice()
    {
        var (person, _, _) = await TellAnotherFateAsync("person/hin-tagher/8");
        using var browser = await app.BrowserAsync(Roles.Viewer);

        using var refused = await browser.GetAsync(new Uri("/LegalCases/InformAgain", UriKind.Relative), Cancel);
        var dossier = await WebApp.GetDocumentAsync(browser, $"/People/{person}");

        Assert.Contains("/Account/AccessDenied", refused.Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.Null(dossier.QuerySelector("#nav-inform-again"));
        Assert.Null(dossier.QuerySelector("#inform-again"));
    }

    // Tells the family of a demo person a fate other than the one the registry derives; returns both as the page words them.
    private async Task<(Guid Person, string Told, string Now)> TellAnotherFateAsync(string demoKey)
    {
        var person = DemoIds.For(demoKey);
        FateStatus? current;
        await using (var context = app.Database.CreateContext())
        {
            current = (await context.People.AsNoTracking().AsSplitQuery().SingleAsync(p => p.Id == person, Cancel)).Fate.Status;
        }

        var told = current == FateStatus.Deceased ? FateStatus.Missing : FateStatus.Deceased;
        var notifications = new FamilyNotifications(app.Database, new FixedActor("caseworker-tests"), TimeProvider.System);
        await notifications.RecordAsync(person, new NotificationInput("2020-12-21", told.ToString(), null, "INVENTED liaison office", "sister"), Cancel);
        return (person, Whereabouts.Web.Display.Labels.Of(told), Whereabouts.Web.Display.Labels.Of(current));
    }
}
