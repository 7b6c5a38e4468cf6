using System.Net;
using Whereabouts.Application.Accounts;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Pages.People;

/// <summary>Retracting a fate through the page, on invented people the tests register.</summary>
public sealed class RetractFatePageTests(WebApp app) : IClassFixture<WebApp>
{
    [Fact]
    public async Task Get_StandingAssertion_ShowsItAndTheFormWithTheSources()
    {
        using var browser = await app.BrowserAsync(Roles.Caseworker);
        var (id, assertion, _) = await PersonWithAWrongCaptureAsync(browser, "Formretyan");

        var page = await WebApp.GetDocumentAsync(browser, $"/People/RetractFate/{id}/{assertion}");

        Assert.Contains("Capture confirmed", page.QuerySelector("#retracted-assertion")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("textarea[name='Retraction.Reason']"));
        Assert.NotNull(page.QuerySelector("input[name='__RequestVerificationToken']"));
        Assert.NotNull(page.QuerySelector("input[name='Version']"));
        Assert.True(page.QuerySelectorAll("select[name='Retraction.SourceId'] option").Length > 1);
    }

    [Fact]
    public async Task Get_AssertionOfNoOneHere_Is404()
    {
        using var browser = await app.BrowserAsync(Roles.Caseworker);
        var id = await PeopleForms.RegisterAsync(browser, "Noassertyan");

        using var response = await browser.GetAsync(new Uri($"/People/RetractFate/{id}/{Guid.NewGuid()}", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Post_WithoutEvidence_ShowsTheMessagesNextToTheFieldsAndRetractsNothing()
    {
        using var browser = await app.BrowserAsync(Roles.Caseworker);
        var (id, assertion, _) = await PersonWithAWrongCaptureAsync(browser, "Noevidpageyan");

        using var response = await WebApp.PostFormAsync(browser, $"/People/RetractFate/{id}/{assertion}", new Dictionary<string, string>
        {
            ["Retraction.Reason"] = "A namesake.",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await WebApp.ParseAsync(response);
        Assert.Contains("source", page.QuerySelector("[data-valmsg-for='Retraction.SourceId']")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("locator", page.QuerySelector("[data-valmsg-for='Retraction.Quote']")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("A namesake.", page.QuerySelector("textarea[name='Retraction.Reason']")?.TextContent.Trim());
        var dossier = await WebApp.GetDocumentAsync(browser, $"/People/{id}");
        Assert.Null(dossier.QuerySelector("ol.timeline > li.retracted"));
    }

    [Fact]
    public async Task Post_WithEvidence_TheDossierStrikesTheAssertionThroughSaysWhoWhyAndTheFateChanges()
    {
        using var browser = await app.BrowserAsync(Roles.Caseworker);
        var (id, assertion, source) = await PersonWithAWrongCaptureAsync(browser, "Strikeyan");

        using var response = await WebApp.PostFormAsync(browser, $"/People/RetractFate/{id}/{assertion}", new Dictionary<string, string>
        {
            ["Retraction.Reason"] = "A namesake from another village.",
            ["Retraction.SourceId"] = source,
            ["Retraction.Quote"] = "The man on row 4 was born in 1979.",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/People/{id}", response.Headers.Location?.ToString());
        var dossier = await WebApp.GetDocumentAsync(browser, $"/People/{id}");
        var struck = dossier.QuerySelector($"#fate-{assertion}");
        Assert.Equal("retracted", struck?.ClassName);
        Assert.Contains("A namesake from another village.", struck?.QuerySelector(".retraction")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("The man on row 4 was born in 1979.", struck?.QuerySelector(".retraction blockquote")?.TextContent, StringComparison.Ordinal);
        Assert.Null(struck?.QuerySelector($"#retract-{assertion}"));
        Assert.Contains("Missing", dossier.QuerySelector("#current-fate + p strong")?.TextContent, StringComparison.Ordinal);
        Assert.Contains(dossier.QuerySelectorAll("#history-list .history-sentence"), line => line.TextContent.Contains("retracted the fate “Capture confirmed” as of 13 Dec 2020: A namesake from another village.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_AlreadyRetracted_ShowsThatItIs()
    {
        using var browser = await app.BrowserAsync(Roles.Caseworker);
        var (id, assertion, source) = await PersonWithAWrongCaptureAsync(browser, "Againretyan");
        var form = new Dictionary<string, string>
        {
            ["Retraction.Reason"] = "A namesake.",
            ["Retraction.SourceId"] = source,
            ["Retraction.Locator"] = "row 4",
        };
        using (await WebApp.PostFormAsync(browser, $"/People/RetractFate/{id}/{assertion}", form))
        {
        }

        var page = await WebApp.GetDocumentAsync(browser, $"/People/RetractFate/{id}/{assertion}");

        Assert.NotNull(page.QuerySelector("#already-retracted"));
        Assert.Null(page.QuerySelector("textarea[name='Retraction.Reason']"));
    }

    // An invented person: missing since 9 November 2020, then wrongly recorded as captured on 13 December.
    private static async Task<(Guid Id, Guid Assertion, string Source)> PersonWithAWrongCaptureAsync(HttpClient browser, string familyName)
    {
        var id = await PeopleForms.RegisterAsync(browser, familyName);
        var form = await WebApp.GetDocumentAsync(browser, $"/People/AddFate/{id}");
        var source = form.QuerySelectorAll("select[name='Fate.SourceId'] option").Select(o => o.GetAttribute("value")).First(v => !string.IsNullOrEmpty(v))!;
        foreach (var (status, asOf, credibility) in new[] { ("Missing", "2020-11-09", "2"), ("CaptureConfirmed", "2020-12-13", "1") })
        {
            using var response = await WebApp.PostFormAsync(browser, $"/People/AddFate/{id}", new Dictionary<string, string>
            {
                ["Fate.Status"] = status,
                ["Fate.AsOf"] = asOf,
                ["Fate.SourceId"] = source,
                ["Fate.Locator"] = "row 4",
                ["Fate.Credibility"] = credibility,
            });
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        var dossier = await WebApp.GetDocumentAsync(browser, $"/People/{id}");
        var capture = dossier.QuerySelectorAll("ol.timeline > li").Single(li => li.TextContent.Contains("Capture confirmed", StringComparison.Ordinal));
        return (id, Guid.Parse(capture.Id!["fate-".Length..]), source);
    }
}
