using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Accounts;
using Whereabouts.Domain;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Pages.Claims;

/// <summary>
/// An analyst adds an invented article by paste or upload, reviews its claims, and sees the
/// accepted ones in the reconciliation view beside the registry's count.
/// </summary>
public sealed class ClaimPagesTests(WebApp app) : IClassFixture<WebApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Ingest_PastedArticle_ArchivesItAndListsItsClaimsForReview()
    {
        using var browser = await app.BrowserAsync(Roles.Analyst);

        using var response = await WebApp.PostFormAsync(browser, "/Sources/Ingest", new Dictionary<string, string>
        {
            ["Pasted"] = Article("pasted"),
            ["Kind"] = "NewsArticle",
            ["Reliability"] = "C",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/Claims?source=", location, StringComparison.Ordinal);
        var review = await WebApp.GetDocumentAsync(browser, location);
        Assert.Contains("It was read as English. 3 count claims wait for review", review.QuerySelector(".notice")?.TextContent, StringComparison.Ordinal);
        var rows = review.QuerySelectorAll("tr[data-claim]");
        Assert.Equal(3, rows.Length);
        Assert.Contains(rows, r => r.TextContent.Contains("171 missing", StringComparison.Ordinal) && r.TextContent.Contains("Denied", StringComparison.Ordinal));
        await using var context = app.Database.CreateContext();
        var source = await context.Sources.SingleAsync(s => s.Title == "Invented report (pasted): the missing of Khtsabert", Cancel);
        Assert.Equal(Reliability.C, source.Reliability);
        Assert.True(await context.SourceArchives.AnyAsync(a => a.SourceId == source.Id && a.Sha256 == source.ContentSha256, Cancel));
    }

    [Theory]
    [InlineData("Вымышленное заявление: переговоры продолжаются. Стороны встретились в третий раз.", "Russian")]
    [InlineData("Հորինված հայտարարություն՝ բանակցությունները շարունակվում են։ Կողմերը հանդիպել են երրորդ անգամ։", "Armenian")]
    [InlineData("Uydurma bəyanat: danışıqlar davam edir. Tərəflər üçüncü dəfə görüşüb.", "Azerbaijani")]
    public async Task Ingest_StatementWithoutClaims_SaysWhichLanguageItRead(string statement, string language)
    {
        using var browser = await app.BrowserAsync(Roles.Analyst);

        using var response = await WebApp.PostFormAsync(browser, "/Sources/Ingest", new Dictionary<string, string> { ["Pasted"] = statement });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var details = await WebApp.GetDocumentAsync(browser, response.Headers.Location!.OriginalString);
        Assert.Contains($"It was read as {language}. No count claims were found in it.", details.QuerySelector(".notice")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_UploadedFile_IsReadByItsName()
    {
        using var browser = await app.BrowserAsync(Roles.Analyst);
        var page = await WebApp.GetDocumentAsync(browser, "/Sources/Ingest");
        var token = page.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var html = $"<html><head><title>Invented upload</title><meta name=\"date\" content=\"2020-12-16\"></head><body><article><h1>Invented upload</h1>{string.Concat(Article("upload").Split('\n').Skip(2).Select(p => $"<p>{p}</p>"))}</article><nav>Share this</nav></body></html>";
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("NewsArticle"), "Kind" },
            { new StringContent("F"), "Reliability" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(html)), "Upload", "invented-upload.html" },
        };

        using var response = await browser.PostAsync(new Uri("/Sources/Ingest", UriKind.Relative), form, Cancel);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var context = app.Database.CreateContext();
        var archive = await context.SourceArchives.SingleAsync(a => a.FileName == "invented-upload.html", Cancel);
        Assert.Equal("text/html", archive.MediaType);
        Assert.DoesNotContain("Share this", archive.Text, StringComparison.Ordinal);
        Assert.Equal(3, await context.CountClaims.CountAsync(c => c.SourceId == archive.SourceId && c.Review == ClaimReview.Pending, Cancel));
    }

    [Theory]
    [InlineData("en", "invented-binary.txt: binary content (NUL bytes) in a text or HTML document")]
    [InlineData("ru", "invented-binary.txt: двоичные данные (байты NUL) в текстовом или HTML-документе")]
    [InlineData("hy", "invented-binary.txt․ տեքստային կամ HTML փաստաթղթում կա երկուական բովանդակություն (NUL բայթեր)")]
    [InlineData("az", "invented-binary.txt: mətn və ya HTML sənədində ikili məzmun (NUL baytları) var")]
    public async Task Ingest_UnreadableFile_SaysWhyInTheReadersLanguageAndAddsNothing(string language, string expected)
    {
        using var browser = await app.BrowserAsync(Roles.Analyst);
        browser.DefaultRequestHeaders.AcceptLanguage.Add(new System.Net.Http.Headers.StringWithQualityHeaderValue(language));
        var page = await WebApp.GetDocumentAsync(browser, "/Sources/Ingest");
        var token = page.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var before = await SourceCountAsync();
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("NewsArticle"), "Kind" },
            { new StringContent("F"), "Reliability" },
            { new ByteArrayContent([.. "Invented text"u8, 0, .. "with a NUL byte"u8]), "Upload", "invented-binary.txt" },
        };

        using var response = await browser.PostAsync(new Uri("/Sources/Ingest", UriKind.Relative), form, Cancel);
        var answer = await WebApp.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, answer.QuerySelector("[data-valmsg-for='Upload']")?.TextContent.Trim());
        Assert.Equal(before, await SourceCountAsync());
    }

    [Fact]
    public async Task Ingest_SameTextTwice_ShowsWhyNextToTheTextAndAddsNothing()
    {
        using var browser = await app.BrowserAsync(Roles.Analyst);
        var fields = new Dictionary<string, string> { ["Pasted"] = Article("twice") };
        (await WebApp.PostFormAsync(browser, "/Sources/Ingest", fields)).Dispose();
        var before = await SourceCountAsync();

        using var response = await WebApp.PostFormAsync(browser, "/Sources/Ingest", fields);
        var page = await WebApp.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("was archived before", page.QuerySelector("[data-valmsg-for='Pasted']")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await SourceCountAsync());
    }

    [Fact]
    public async Task Ingest_NothingGiven_AsksForTextOrAFile()
    {
        using var browser = await app.BrowserAsync(Roles.Analyst);

        using var response = await WebApp.PostFormAsync(browser, "/Sources/Ingest", new Dictionary<string, string> { ["Pasted"] = "  " });
        var page = await WebApp.ParseAsync(response);

        Assert.Contains("Paste the article's text or choose a file", page.QuerySelector("[data-valmsg-for='Pasted']")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Review_AcceptAndReject_MoveClaimsOutOfTheListAndIntoReconciliation()
    {
        using var browser = await app.BrowserAsync(Roles.Analyst);
        using var added = await WebApp.PostFormAsync(browser, "/Sources/Ingest", new Dictionary<string, string> { ["Pasted"] = Article("review") });
        var location = added.Headers.Location!.OriginalString;
        var review = await WebApp.GetDocumentAsync(browser, location);
        var exact73 = Row(review, "73 missing");
        var about60 = Row(review, "about 60 missing");

        using var accepted = await WebApp.PostFormAsync(browser, location, new Dictionary<string, string>(), $"tr[data-claim='{exact73}'] form[action*='Accept']");
        using var rejected = await WebApp.PostFormAsync(browser, location, new Dictionary<string, string>(), $"tr[data-claim='{about60}'] form[action*='Reject']");

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var after = await WebApp.GetDocumentAsync(browser, location);
        Assert.Single(after.QuerySelectorAll("tr[data-claim]"));
        Assert.Contains("Rejected: about 60 missing", after.QuerySelector(".notice")?.TextContent, StringComparison.Ordinal);

        // The accepted claim names Khtsabert alone, so it counts over that place.
        await using var context = app.Database.CreateContext();
        var khtsabert = (await context.Places.ToListAsync(Cancel)).Single(p => p.PrimaryName.Text == "Khtsabert");
        var reconciliation = await WebApp.GetDocumentAsync(browser, $"/Claims/Reconciliation?place={khtsabert.Id}&category=Missing");
        var rows = reconciliation.QuerySelectorAll("table.reconciliation tbody tr");
        Assert.Contains(rows, r => r.TextContent.Contains("Invented report (review)", StringComparison.Ordinal) && r.TextContent.Contains("73", StringComparison.Ordinal));
        Assert.DoesNotContain(rows, r => r.TextContent.Contains("about 60", StringComparison.Ordinal) && r.TextContent.Contains("Invented report (review)", StringComparison.Ordinal));
        Assert.Contains("Registry:", reconciliation.QuerySelector("#registry-count")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(reconciliation.QuerySelector("svg.reconciliation-chart g.claim-asserted"));
    }

    [Fact]
    public async Task Edit_CorrectAndAccept_SavesTheIncidentAndSide()
    {
        using var browser = await app.BrowserAsync(Roles.Analyst);
        using var added = await WebApp.PostFormAsync(browser, "/Sources/Ingest", new Dictionary<string, string> { ["Pasted"] = Article("edit") });
        var review = await WebApp.GetDocumentAsync(browser, added.Headers.Location!.OriginalString);
        var id = Row(review, "about 60 missing");
        var edit = await WebApp.GetDocumentAsync(browser, $"/Claims/Edit/{id}");
        var incident = edit.QuerySelectorAll("select[name='Form.IncidentId'] option").Single(o => o.TextContent.StartsWith("Fighting at Hin Tagher", StringComparison.Ordinal)).GetAttribute("value")!;

        using var response = await WebApp.PostFormAsync(browser, $"/Claims/Edit/{id}", new Dictionary<string, string>
        {
            ["Form.Qualifier"] = "About",
            ["Form.Count"] = "60",
            ["Form.Category"] = "Missing",
            ["Form.Side"] = "Armenian",
            ["Form.IncidentId"] = incident,
            ["Form.Status"] = "Asserted",
            ["Form.ClaimedBy"] = "the ombudsman",
            ["Form.Quote"] = "The ombudsman said about 60 soldiers were missing in Khtsabert and Hin Tagher.",
            ["decision"] = "accept",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var context = app.Database.CreateContext();
        var saved = await context.CountClaims.SingleAsync(c => c.Id == Guid.Parse(id), Cancel);
        Assert.Equal(ClaimReview.Accepted, saved.Review);
        Assert.Equal(Guid.Parse(incident), saved.IncidentId);
        Assert.Equal("armenian", saved.Side);
    }

    [Fact]
    public async Task Edit_RangeWithoutUpperEnd_ShowsTheMessageAndKeepsTheClaimWaiting()
    {
        using var browser = await app.BrowserAsync(Roles.Analyst);
        using var added = await WebApp.PostFormAsync(browser, "/Sources/Ingest", new Dictionary<string, string> { ["Pasted"] = Article("bad edit") });
        var review = await WebApp.GetDocumentAsync(browser, added.Headers.Location!.OriginalString);
        var id = Row(review, "73 missing");

        using var response = await WebApp.PostFormAsync(browser, $"/Claims/Edit/{id}", new Dictionary<string, string>
        {
            ["Form.Qualifier"] = "Range",
            ["Form.Count"] = "forty",
            ["decision"] = "accept",
        });
        var page = await WebApp.ParseAsync(response);

        Assert.Contains("not a whole number", page.QuerySelector("[data-valmsg-for='Form.Count']")?.TextContent, StringComparison.Ordinal);
        await using var context = app.Database.CreateContext();
        Assert.Equal(ClaimReview.Pending, (await context.CountClaims.SingleAsync(c => c.Id == Guid.Parse(id), Cancel)).Review);
    }

    [Fact]
    public async Task Reconciliation_DemoFighting_ShowsTheDeniedFigureAndTheDispute()
    {
        var page = await DemoFightingReconciliationAsync();

        var spread = page.QuerySelector("#claims-spread")!.TextContent;
        Assert.Contains("Disputed: asserted figures range from 60 to 73", spread, StringComparison.Ordinal);
        Assert.Contains("Denied: 171", spread, StringComparison.Ordinal);
        Assert.Matches(@"Registry: \d+", page.QuerySelector("#registry-count")!.TextContent);
        Assert.NotNull(page.QuerySelector("svg.reconciliation-chart path.registry-line"));
        Assert.NotNull(page.QuerySelector("tr.row-denied"));
    }

    [Fact]
    public async Task Reconciliation_DemoMonthDatedClaims_ShowTheRegistryAtTheMonthsEndAboveZero()
    {
        var page = await DemoFightingReconciliationAsync();

        // The demo's claims are dated "December 2020": compared on 31 December, not on the 1st, when the registry had nobody yet.
        // (Other tests may add day-dated claims to the same incident; the demo's three are month-dated.)
        var cells = page.QuerySelectorAll("tr.claim-row td.registry-at-claim").Select(td => td.TextContent.Trim())
            .Where(cell => cell.Contains("(at the end of the period: 31 Dec 2020)", StringComparison.Ordinal)).ToList();
        Assert.True(cells.Count >= 3, string.Join(" | ", cells));
        Assert.All(cells, cell => Assert.True(int.Parse(cell.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) > 0, cell));
    }

    // The demo's fighting at Hin Tagher, Armenian missing, chosen from the page's own incident list.
    private async Task<IHtmlDocument> DemoFightingReconciliationAsync()
    {
        using var browser = await app.BrowserAsync(Roles.Viewer);
        var choose = await WebApp.GetDocumentAsync(browser, "/Claims/Reconciliation");
        var incident = choose.QuerySelectorAll("select[name='incident'] option").Single(o => o.TextContent.StartsWith("Fighting at Hin Tagher", StringComparison.Ordinal)).GetAttribute("value")!;
        return await WebApp.GetDocumentAsync(browser, $"/Claims/Reconciliation?incident={incident}&category=Missing&side=Armenian");
    }

    private static string Row(IHtmlDocument page, string figure) =>
        page.QuerySelectorAll("tr[data-claim]").Single(r => r.QuerySelector("td")!.TextContent.Trim() == figure).GetAttribute("data-claim")!;

    private static string Article(string tag) => $"""
        date 2020-12-16
        Invented report ({tag}): the missing of Khtsabert

        The Ministry of Defence said on December 15 that the fate of 73 servicemen remained unknown after the fighting near Khtsabert.

        The ministry denied reports that 171 soldiers were missing.

        The ombudsman said about 60 soldiers were missing in Khtsabert and Hin Tagher.

        The 44-day war ended in November.
        """;

    private async Task<int> SourceCountAsync()
    {
        await using var context = app.Database.CreateContext();
        return await context.Sources.CountAsync(Cancel);
    }
}
