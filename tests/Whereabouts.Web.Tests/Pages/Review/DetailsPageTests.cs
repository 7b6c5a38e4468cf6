using System.Net;
using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Accounts;
using Whereabouts.Domain;
using Whereabouts.Web.Tests.Pages.People;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Pages.Review;

public sealed class DetailsPageTests(WebApp app) : IClassFixture<WebApp>
{
    [Fact]
    public async Task Get_ShowsBothRecordsSideBySideAndTheEnginesExplanation()
    {
        var (list, person, match) = await QueueOneAsync("INVENTED list to compare");
        using var browser = await app.BrowserAsync(Roles.Caseworker);

        var page = await WebApp.GetDocumentAsync(browser, $"/Review/{match.MatchId}");

        var name = page.QuerySelector("#record-name");
        Assert.Contains(ReviewLists.ListedName(person), name?.TextContent, StringComparison.Ordinal);
        Assert.Contains(person.PrimaryName.FullName, name?.TextContent, StringComparison.Ordinal);
        // The list wrote DD.MM.YYYY; the row keeps the date as read, in the registry's own form.
        var birthCells = page.QuerySelectorAll("#record-birth-date td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal([person.BirthDate!.ToString(), person.BirthDate!.ToString()], birthCells);
        Assert.Contains("Repatriated as of 14 Dec 2020", page.QuerySelector("#record-fate")?.TextContent, StringComparison.Ordinal);
        Assert.Contains(list.Report.SourceId.ToString(), page.QuerySelector("main")?.InnerHtml, StringComparison.Ordinal);
        Assert.Equal("Pending", page.QuerySelector("#decision")?.TextContent.Trim());
        Assert.Matches(@"\d+\.\d%", page.QuerySelector("#probability")?.TextContent);

        var explanation = page.QuerySelectorAll("#explanation tbody tr");
        // Given and family name are one field, compared whichever column they are in.
        var family = Assert.Single(explanation, r => r.QuerySelector("th")?.TextContent == "Given and family name");
        // Names are compared transliterated and in lower case.
        Assert.Contains(ReviewLists.ListedName(person).Split(' ')[^1], family.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Matches(@"[+−]\d+\.\d (for|against) a match", family.QuerySelector("td.evidence")?.TextContent);
        Assert.Matches(@"\d+% of the evidence", family.QuerySelector("td.evidence")?.TextContent);
        var birth = Assert.Single(explanation, r => r.QuerySelector("th")?.TextContent == "Date of birth");
        Assert.Contains("agrees exactly", birth.TextContent, StringComparison.Ordinal);
        Assert.Contains("+", birth.QuerySelector("td.evidence")?.TextContent, StringComparison.Ordinal);
        Assert.Matches(@"[+−]\d+\.\d = .+%", page.QuerySelector("#explanation-total")?.TextContent);
        Assert.NotNull(page.QuerySelector("form#judge input[name='__RequestVerificationToken']"));
        Assert.Null(page.QuerySelector("form#undo"));
        Assert.NotNull(page.QuerySelector("#no-judgements"));
    }

    [Fact]
    public async Task PostSame_RecordsTheJudgementAndTheDossierShowsTheListsFate()
    {
        var (list, person, match) = await QueueOneAsync("INVENTED list judged the same");
        using var browser = await app.BrowserAsync(Roles.Caseworker);
        var fatesBefore = await PeopleForms.FateCountAsync(app, person.Id);

        using var response = await JudgeAsync(browser, match.MatchId, MatchDecision.Same, "Same father and village (INVENTED note).");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Review/{match.MatchId}", response.Headers.Location?.ToString());
        Assert.Equal(MatchDecision.Same, await ReviewLists.DecisionAsync(app, match.MatchId));
        var page = await WebApp.GetDocumentAsync(browser, $"/Review/{match.MatchId}");
        Assert.Equal("Same person", page.QuerySelector("#decision")?.TextContent.Trim());
        Assert.Contains("Recorded", page.QuerySelector("#notice")?.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/People/{person.Id}", page.QuerySelector("#notice a")?.GetAttribute("href"));
        var judgement = Assert.Single(page.QuerySelectorAll("#judgements tbody tr"));
        Assert.Contains("caseworker-", judgement.TextContent, StringComparison.Ordinal);
        Assert.Contains("Same person", judgement.TextContent, StringComparison.Ordinal);
        Assert.Contains("Same father and village (INVENTED note).", judgement.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("form#undo"));
        Assert.True(page.QuerySelector("form#judge button[value='Same']")?.HasAttribute("disabled"));

        Assert.Equal(fatesBefore + 1, await PeopleForms.FateCountAsync(app, person.Id));
        var fromList = await ListFateOnDossierAsync(browser, person.Id, list);
        Assert.Contains("Repatriated", fromList.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Retracted", fromList.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostUndo_AfterSame_GoesBackToPendingAndTheDossierShowsTheRetraction()
    {
        var (list, person, match) = await QueueOneAsync("INVENTED list judged and undone");
        using var browser = await app.BrowserAsync(Roles.Caseworker);
        using var judged = await JudgeAsync(browser, match.MatchId, MatchDecision.Same, note: null);

        using var response = await WebApp.PostFormAsync(
            browser, $"/Review/{match.MatchId}", new Dictionary<string, string> { ["Note"] = "Wrong man: another father (INVENTED)." }, "form#undo");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(MatchDecision.Pending, await ReviewLists.DecisionAsync(app, match.MatchId));
        var page = await WebApp.GetDocumentAsync(browser, $"/Review/{match.MatchId}");
        Assert.Equal("Pending", page.QuerySelector("#decision")?.TextContent.Trim());
        Assert.Contains("retracted", page.QuerySelector("#notice")?.TextContent, StringComparison.Ordinal);
        var history = page.QuerySelectorAll("#judgements tbody tr");
        Assert.Equal(2, history.Length);
        Assert.Contains("Undid the judgement before (back to: Pending)", history[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("Wrong man: another father (INVENTED).", history[1].TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("form#undo"));

        var fromList = await ListFateOnDossierAsync(browser, person.Id, list);
        Assert.Contains("Retracted", fromList.TextContent, StringComparison.Ordinal);
        Assert.Contains("Wrong man: another father (INVENTED).", fromList.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostNotSame_OnEveryCandidate_LetsTheReviewerRegisterTheRowAsANewPerson()
    {
        var (list, person, match) = await QueueOneAsync("INVENTED list of someone new");
        using var browser = await app.BrowserAsync(Roles.Caseworker);
        foreach (var candidate in list.Pending.Where(m => m.MatchId != match.MatchId))
        {
            using var other = await JudgeAsync(browser, candidate.MatchId, MatchDecision.NotSame, note: null);
        }

        var before = await WebApp.GetDocumentAsync(browser, $"/Review/{match.MatchId}");
        Assert.Null(before.QuerySelector("form#register"));
        using var judged = await JudgeAsync(browser, match.MatchId, MatchDecision.NotSame, note: null);
        var peopleBefore = await PeopleForms.PeopleCountAsync(app);

        using var response = await WebApp.PostFormAsync(
            browser, $"/Review/{match.MatchId}", new Dictionary<string, string> { ["Side"] = "armenian" }, "form#register");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(peopleBefore + 1, await PeopleForms.PeopleCountAsync(app));
        var page = await WebApp.GetDocumentAsync(browser, $"/Review/{match.MatchId}");
        Assert.Contains("Registered the row as a new person", page.QuerySelector("#notice")?.TextContent, StringComparison.Ordinal);
        var newPerson = page.QuerySelector("#notice a")?.GetAttribute("href");
        Assert.NotEqual($"/People/{person.Id}", newPerson);
        var dossier = await WebApp.GetDocumentAsync(browser, newPerson!);
        Assert.Equal(ReviewLists.ListedName(person), dossier.QuerySelector("h1")?.TextContent.Trim());
        Assert.Null(page.QuerySelector("form#register"));
    }

    [Fact]
    public async Task Post_StaleVersion_ShowsTheConflictAndSavesNothing()
    {
        var (_, _, match) = await QueueOneAsync("INVENTED list judged by two");
        using var first = await app.BrowserAsync(Roles.Caseworker);
        using var second = await app.BrowserAsync(Roles.Caseworker);
        var seen = await WebApp.GetDocumentAsync(first, $"/Review/{match.MatchId}");
        var staleVersion = seen.QuerySelector("form#judge input[name='Version']")?.GetAttribute("value");
        using var meanwhile = await JudgeAsync(second, match.MatchId, MatchDecision.Unsure, note: null);

        using var response = await WebApp.PostFormAsync(first, $"/Review/{match.MatchId}", new Dictionary<string, string>
        {
            ["Version"] = staleVersion!,
            ["Decision"] = nameof(MatchDecision.Same),
        }, "form#judge");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await WebApp.ParseAsync(response);
        Assert.Contains("Someone else judged this match", page.QuerySelector(".validation-summary")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Unsure", page.QuerySelector("#decision")?.TextContent.Trim());
        Assert.NotEqual(staleVersion, page.QuerySelector("form#judge input[name='Version']")?.GetAttribute("value"));
        Assert.Equal(MatchDecision.Unsure, await ReviewLists.DecisionAsync(app, match.MatchId));
    }

    [Fact]
    public async Task Post_RefusedByTheRegistry_ShowsTheReason()
    {
        var (_, _, match) = await QueueOneAsync("INVENTED list judged twice");
        using var browser = await app.BrowserAsync(Roles.Caseworker);
        using var judged = await JudgeAsync(browser, match.MatchId, MatchDecision.NotSame, note: null);

        using var response = await JudgeAsync(browser, match.MatchId, MatchDecision.NotSame, note: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await WebApp.ParseAsync(response);
        Assert.Contains("already judged not the same person", page.QuerySelector(".validation-summary")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsRefusedAndSavesNothing()
    {
        var (_, _, match) = await QueueOneAsync("INVENTED list posted to from elsewhere");
        using var browser = await app.BrowserAsync(Roles.Caseworker);
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Version"] = "0",
            ["Decision"] = nameof(MatchDecision.Same),
        });

        using var response = await browser.PostAsync(new Uri($"/Review/{match.MatchId}?handler=Judge", UriKind.Relative), content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(MatchDecision.Pending, await ReviewLists.DecisionAsync(app, match.MatchId));
    }

    [Fact]
    public async Task GetAndPost_Viewer_AreRefusedAndNothingIsSaved()
    {
        var (_, _, match) = await QueueOneAsync("INVENTED list a viewer tries to judge");
        using var apiKey = await app.ApiClientAsync(Roles.Viewer);
        using var cookie = await app.BrowserAsync(Roles.Viewer);
        var path = new Uri($"/Review/{match.MatchId}?handler=Judge", UriKind.Relative);

        // A valid antiforgery token for this account, so the refusal is the role's, not a missing token's.
        var login = await WebApp.GetDocumentAsync(cookie, "/Account/Login");
        var token = login.QuerySelector("input[name='__RequestVerificationToken']")?.GetAttribute("value");
        Assert.NotNull(token);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Version"] = "0",
            ["Decision"] = nameof(MatchDecision.Same),
        });
        using var cookiePost = await cookie.PostAsync(path, form, TestContext.Current.CancellationToken);
        using var cookieGet = await cookie.GetAsync(new Uri($"/Review/{match.MatchId}", UriKind.Relative), TestContext.Current.CancellationToken);
        using var keyGet = await apiKey.GetAsync(new Uri($"/Review/{match.MatchId}", UriKind.Relative), TestContext.Current.CancellationToken);
        using var keyPost = await apiKey.PostAsync(path, new StringContent(string.Empty), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, keyGet.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, keyPost.StatusCode);
        Assert.Contains("/Account/AccessDenied", cookieGet.Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.Contains("/Account/AccessDenied", cookiePost.Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.Equal(MatchDecision.Pending, await ReviewLists.DecisionAsync(app, match.MatchId));
    }

    [Fact]
    public async Task Get_RowWithColumnsTheRegistryDoesNotRead_ShowsThemToTheReviewer()
    {
        var report = await ReviewLists.ImportCsvAsync(
            app, "id,given_name,family_name,birth_date,remark of the commission\nINVENTED-1,Invented,Columnyan,01.02.1990,seen at the checkpoint (INVENTED)\n", "INVENTED list with a remark column");
        var matchId = await OnlyMatchOfAsync(report);

        using var browser = await app.BrowserAsync(Roles.Caseworker);
        var page = await WebApp.GetDocumentAsync(browser, $"/Review/{matchId}");

        var columns = page.QuerySelector("#other-columns-list")?.TextContent;
        Assert.Contains("remark of the commission", columns, StringComparison.Ordinal);
        Assert.Contains("seen at the checkpoint (INVENTED)", columns, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ListTextWithMarkup_IsShownAsTextNotMarkup()
    {
        var report = await ReviewLists.ImportCsvAsync(
            app, "id,given_name,family_name,birth_date\nINVENTED-1,<i>Invented</i>,<script>alert(1)</script>Nobodyan,01.02.1990\n", "INVENTED list with <b>markup</b>");
        var matchId = await OnlyMatchOfAsync(report);

        using var browser = await app.BrowserAsync(Roles.Caseworker);
        using var response = await browser.GetAsync(new Uri($"/Review/{matchId}", UriKind.Relative), TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("&lt;i&gt;Invented&lt;/i&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>markup</b>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_RowOfTheOtherSide_ShowsTheListsSideAndWhyTheImportHeldIt()
    {
        var matchId = await OtherSideRowAsync("INVENTED-1");
        using var browser = await app.BrowserAsync(Roles.Caseworker);
        var page = await WebApp.GetDocumentAsync(browser, $"/Review/{matchId}");

        var side = page.QuerySelectorAll("#record-side td");
        Assert.Equal(["Azerbaijan", "Armenia"], side.Select(td => td.TextContent.Trim()));
        Assert.Contains("Side: the list says Azerbaijan, the registry says Armenia.", page.QuerySelector("#cautions")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Pending", page.QuerySelector("#decision")?.TextContent.Trim());
    }

    [Fact]
    public async Task Get_RowOfTheOtherSideJudgedNotTheSame_OffersToRegisterItOnTheListsSide()
    {
        var matchId = await OtherSideRowAsync("INVENTED-2");
        List<Guid> candidates;
        await using (var context = app.Database.CreateContext())
        {
            var entry = await context.ListMatches.Where(m => m.Id == matchId).Select(m => m.EntryId).SingleAsync(TestContext.Current.CancellationToken);
            candidates = await context.ListMatches.Where(m => m.EntryId == entry).Select(m => m.Id).ToListAsync(TestContext.Current.CancellationToken);
        }

        using var browser = await app.BrowserAsync(Roles.Caseworker);
        foreach (var candidate in candidates)
        {
            using var judged = await JudgeAsync(browser, candidate, MatchDecision.NotSame, note: null);
        }

        var page = await WebApp.GetDocumentAsync(browser, $"/Review/{matchId}");

        Assert.Equal("azerbaijani", page.QuerySelector("#register-side option[selected]")?.GetAttribute("value"));
    }

    // A row of an invented list that says "azerbaijani" about a person the registry has on the Armenian side.
    private async Task<Guid> OnlyMatchOfAsync(Whereabouts.Application.Lists.ListImportReport report)
    {
        await using var context = app.Database.CreateContext();
        return await (
                from m in context.ListMatches
                join e in context.ListEntries on m.EntryId equals e.Id
                where e.SourceId == report.SourceId
                select m.Id)
            .SingleAsync(TestContext.Current.CancellationToken);
    }

    private async Task<Guid> OtherSideRowAsync(string rowId)
    {
        Person person;
        await using (var context = app.Database.CreateContext())
        {
            var people = await context.People.AsNoTracking().AsSplitQuery().Where(p => p.IsInvented && p.Side == "armenian").ToListAsync(TestContext.Current.CancellationToken);
            person = people.Where(p => p.BirthDate is { Precision: DatePrecision.Day }).OrderBy(p => p.Id).First();
        }

        var report = await ReviewLists.ImportCsvAsync(
            app,
            $"id,given_name,family_name,birth_date,side\n{rowId},{person.PrimaryName.GivenName},{person.PrimaryName.FamilyName},{ReviewLists.BirthDateOf(person)},azerbaijani\n",
            $"INVENTED list of the other side, {rowId}");
        await using (var context = app.Database.CreateContext())
        {
            return await (
                    from m in context.ListMatches
                    join e in context.ListEntries on m.EntryId equals e.Id
                    where e.SourceId == report.SourceId && m.PersonId == person.Id
                    select m.Id)
                .SingleAsync(TestContext.Current.CancellationToken);
        }
    }

    [Fact]
    public async Task Get_UnknownMatch_IsNotFound()
    {
        using var browser = await app.BrowserAsync(Roles.Caseworker);

        using var response = await browser.GetAsync(new Uri($"/Review/{Guid.NewGuid()}", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task PostSame_WhileOthersWait_OffersTheNextOpenItem()
    {
        var list = await ReviewLists.ImportAsync(app, 2, "INVENTED list worked through in turn");
        var judged = list.Of(list.People[0]);
        using var browser = await app.BrowserAsync(Roles.Caseworker);

        using var response = await JudgeAsync(browser, judged.MatchId, MatchDecision.Same, note: null);
        var page = await WebApp.GetDocumentAsync(browser, response.Headers.Location!.ToString());

        var next = page.QuerySelector("#next-item a[rel='next']")?.GetAttribute("href");
        Assert.NotNull(next);
        Assert.StartsWith("/Review/", next, StringComparison.Ordinal);
        var nextId = Guid.Parse(next["/Review/".Length..]);
        Assert.NotEqual(judged.MatchId, nextId);
        Assert.Contains(await ReviewLists.DecisionAsync(app, nextId), new[] { MatchDecision.Pending, MatchDecision.Unsure });
    }

    [Fact]
    public async Task Get_WithoutAJudgement_OffersNoNextItem()
    {
        var (_, _, match) = await QueueOneAsync("INVENTED list only looked at");
        using var browser = await app.BrowserAsync(Roles.Caseworker);

        var page = await WebApp.GetDocumentAsync(browser, $"/Review/{match.MatchId}");

        Assert.Null(page.QuerySelector("#next-item"));
    }

    private async Task<(ImportedList List, Person Person, QueuedMatch Match)> QueueOneAsync(string title)
    {
        var list = await ReviewLists.ImportAsync(app, 1, title);
        var person = Assert.Single(list.People);
        var match = list.Of(person);
        Assert.Equal(MatchDecision.Pending, match.Decision);
        return (list, person, match);
    }

    private static Task<HttpResponseMessage> JudgeAsync(HttpClient browser, Guid matchId, MatchDecision decision, string? note)
    {
        var fields = new Dictionary<string, string> { ["Decision"] = decision.ToString() };
        if (note is not null)
        {
            fields["Note"] = note;
        }

        return WebApp.PostFormAsync(browser, $"/Review/{matchId}", fields, "form#judge");
    }

    // The dossier's timeline entry that cites the imported list.
    private static async Task<AngleSharp.Dom.IElement> ListFateOnDossierAsync(HttpClient browser, Guid personId, ImportedList list)
    {
        var dossier = await WebApp.GetDocumentAsync(browser, $"/People/{personId}");
        return Assert.Single(
            dossier.QuerySelectorAll("#timeline > li"),
            li => li.QuerySelector($"a[href='/Sources/{list.Report.SourceId}']") is not null);
    }
}
