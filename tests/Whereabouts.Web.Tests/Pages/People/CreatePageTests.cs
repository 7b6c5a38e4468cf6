using System.Net;
using Whereabouts.Application.Accounts;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Pages.People;

public sealed class CreatePageTests(WebApp app) : IClassFixture<WebApp>
{
    [Fact]
    public async Task Post_Caseworker_RegistersAndRedirectsToTheDossier()
    {
        using var browser = await app.BrowserAsync(Roles.Caseworker);

        using var response = await WebApp.PostFormAsync(browser, "/People/Create", new Dictionary<string, string>
        {
            ["Name.FamilyName"] = "Testyan",
            ["Name.GivenName"] = "Aram",
            ["Name.Origin"] = "family report",
            ["Details.Side"] = "Armenian",
            ["Details.BirthDate"] = "2001-05",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location?.ToString();
        Assert.StartsWith("/People/", location, StringComparison.Ordinal);
        var dossier = await WebApp.GetDocumentAsync(browser, location!);
        Assert.Equal("Aram Testyan", dossier.QuerySelector("h1")?.TextContent.Trim());
        Assert.NotNull(dossier.QuerySelector(".notice"));
        Assert.Contains("May 2001", dossier.QuerySelector("dl.details")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WithAFirstReport_RegistersThePersonWithThatFate()
    {
        using var browser = await app.BrowserAsync(Roles.Caseworker);
        var form = await WebApp.GetDocumentAsync(browser, "/People/Create");
        var source = form.QuerySelectorAll("select[name='Fate.SourceId'] option").Select(o => o.GetAttribute("value")).First(v => !string.IsNullOrEmpty(v));

        using var response = await WebApp.PostFormAsync(browser, "/People/Create", new Dictionary<string, string>
        {
            ["Name.FamilyName"] = "Reportyan",
            ["Fate.Status"] = "Missing",
            ["Fate.AsOf"] = "2020-12-12",
            ["Fate.SourceId"] = source!,
            ["Fate.Quote"] = "His last call home was on 11 December.",
            ["Fate.Credibility"] = "2",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var dossier = await WebApp.GetDocumentAsync(browser, response.Headers.Location!.ToString());
        var entry = Assert.Single(dossier.QuerySelectorAll("ol.timeline > li"));
        Assert.Contains("Missing", entry.TextContent, StringComparison.Ordinal);
        Assert.Contains("His last call home", entry.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_NoName_ShowsTheMessageNextToTheFieldAndSavesNothing()
    {
        using var browser = await app.BrowserAsync(Roles.Caseworker);
        var before = await PeopleForms.PeopleCountAsync(app);

        using var response = await WebApp.PostFormAsync(browser, "/People/Create", new Dictionary<string, string> { ["Name.Patronymic"] = "Samveli" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await WebApp.ParseAsync(response);
        Assert.Contains("family name", page.QuerySelector("[data-valmsg-for='Name.FamilyName']")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Samveli", page.QuerySelector("input[name='Name.Patronymic']")?.GetAttribute("value"));
        Assert.Equal(before, await PeopleForms.PeopleCountAsync(app));
    }

    [Theory]
    [InlineData("Name.GivenName", "Inv\u202Eented")]
    [InlineData("Name.FamilyName", "Invented\u200BPerson")]
    public async Task Post_NameWithADirectionOrInvisibleCharacter_ShowsTheMessageNextToTheFieldAndSavesNothing(string field, string value)
    {
        using var browser = await app.BrowserAsync(Roles.Caseworker);
        var before = await PeopleForms.PeopleCountAsync(app);
        var fields = new Dictionary<string, string> { ["Name.GivenName"] = "Invented", ["Name.FamilyName"] = "Person" };
        fields[field] = value;

        using var response = await WebApp.PostFormAsync(browser, "/People/Create", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await WebApp.ParseAsync(response);
        Assert.Contains("invisible characters", page.QuerySelector($"[data-valmsg-for='{field}']")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await PeopleForms.PeopleCountAsync(app));
    }

    [Fact]
    public async Task Post_BirthDateInTheFuture_ShowsTheMessageNextToTheFieldAndSavesNothing()
    {
        using var browser = await app.BrowserAsync(Roles.Caseworker);
        var before = await PeopleForms.PeopleCountAsync(app);

        using var response = await WebApp.PostFormAsync(browser, "/People/Create", new Dictionary<string, string>
        {
            ["Name.FamilyName"] = "Invented-Futureyan",
            ["Details.BirthDate"] = "2031",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await WebApp.ParseAsync(response);
        Assert.Contains("cannot be in the future", page.QuerySelector("[data-valmsg-for='Details.BirthDate']")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await PeopleForms.PeopleCountAsync(app));
    }

    [Fact]
    public async Task Get_Viewer_IsSentToAccessDenied()
    {
        using var browser = await app.BrowserAsync(Roles.Viewer);

        using var response = await browser.GetAsync(new Uri("/People/Create", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/AccessDenied", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_Viewer_IsRefusedAndNothingIsSaved()
    {
        using var browser = await app.BrowserAsync(Roles.Viewer);
        var before = await PeopleForms.PeopleCountAsync(app);

        // A valid antiforgery token for this account (from a form it may open), so the refusal is
        // the role's and not a missing token's.
        var page = await WebApp.GetDocumentAsync(browser, "/Account/Login");
        var token = page.QuerySelector("input[name='__RequestVerificationToken']")?.GetAttribute("value");
        Assert.NotNull(token);
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Name.FamilyName"] = "Viewyan",
        });
        using var response = await browser.PostAsync(new Uri("/People/Create", UriKind.Relative), content, TestContext.Current.CancellationToken);

        Assert.True(
            response.StatusCode == HttpStatusCode.Forbidden
            || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.ToString().Contains("/Account/AccessDenied", StringComparison.Ordinal)),
            $"Expected a refusal, got {(int)response.StatusCode} {response.Headers.Location}");
        Assert.Equal(before, await PeopleForms.PeopleCountAsync(app));
    }

    [Fact]
    public async Task Post_NearDuplicateOfADemoPerson_ShowsTheCandidateWithItsReasonsAndSavesNothing()
    {
        using var browser = await app.BrowserAsync(Roles.Caseworker);
        var known = DemoPeople.Harutyunyan;
        var cyrillic = known.Names.First(n => n.FamilyName == "Арутюнян");
        var before = await PeopleForms.PeopleCountAsync(app);

        using var response = await WebApp.PostFormAsync(browser, "/People/Create", new Dictionary<string, string>
        {
            ["Name.GivenName"] = cyrillic.GivenName!,
            ["Name.FamilyName"] = cyrillic.FamilyName!,
            ["Details.BirthDate"] = known.BirthDate?.ToString() ?? string.Empty,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await WebApp.ParseAsync(response);
        var warning = page.QuerySelector("#possible-duplicates");
        Assert.NotNull(warning);
        Assert.Contains(page.QuerySelectorAll(".duplicate-candidate a"), a => a.GetAttribute("href") == $"/People/{known.Id}");
        Assert.NotNull(page.QuerySelector($"button[name='AddTo'][value='{known.Id}']"));
        Assert.NotNull(page.QuerySelector("#confirm-new"));
        Assert.Equal(before, await PeopleForms.PeopleCountAsync(app));
    }

    [Fact]
    public async Task Post_AddToTheCandidate_AddsTheSpellingToThatPersonInsteadOfRegistering()
    {
        using var browser = await app.BrowserAsync(Roles.Caseworker);
        var known = DemoPeople.Repatriated;
        var before = await PeopleForms.PeopleCountAsync(app);

        using var response = await WebApp.PostFormAsync(browser, "/People/Create", new Dictionary<string, string>
        {
            ["Name.GivenName"] = "Addedspelling",
            ["Name.FamilyName"] = known.PrimaryName.FamilyName ?? "Addedyan",
            ["AddTo"] = known.Id.ToString(),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/People/{known.Id}", response.Headers.Location?.ToString());
        Assert.Equal(before, await PeopleForms.PeopleCountAsync(app));
        var dossier = await WebApp.GetDocumentAsync(browser, $"/People/{known.Id}");
        Assert.Contains("Addedspelling", dossier.Body?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_NearDuplicateConfirmedNew_RegistersADifferentPerson()
    {
        using var browser = await app.BrowserAsync(Roles.Caseworker);
        var known = DemoPeople.Harutyunyan;
        var armenian = known.Names.First(n => n.FamilyName == "Հարությունյան");
        var before = await PeopleForms.PeopleCountAsync(app);

        using var response = await WebApp.PostFormAsync(browser, "/People/Create", new Dictionary<string, string>
        {
            ["Name.GivenName"] = armenian.GivenName!,
            ["Name.FamilyName"] = armenian.FamilyName!,
            ["Details.BirthDate"] = known.BirthDate?.ToString() ?? string.Empty,
            ["ConfirmedNew"] = "true",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(before + 1, await PeopleForms.PeopleCountAsync(app));
    }
}
