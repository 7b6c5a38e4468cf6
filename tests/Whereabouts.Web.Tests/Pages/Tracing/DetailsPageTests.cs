using System.Net;
using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Accounts;
using Whereabouts.Application.Common;
using Whereabouts.Application.Persons;
using Whereabouts.Domain;
using Whereabouts.Web.Display;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Pages.Tracing;

public sealed class DetailsPageTests(WebApp app) : IClassFixture<WebApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Journey_CaseworkerRegistersLinksAndAnswers_TheStepsAndTheAnswerAreShown()
    {
        using var browser = await app.BrowserAsync(Roles.Caseworker);
        var id = await CreateAsync(browser, "Invented-Karen Avetisyan");
        using var linked = await RegisterPersonAsync(browser, id, "Karo", "Invented-Journeyan");
        var linkedPage = linked.StatusCode == HttpStatusCode.OK ? (await WebApp.ParseAsync(linked)).QuerySelector("main")?.TextContent : null;
        var form = await WebApp.GetDocumentAsync(browser, $"/Tracing/Answer/{id}");
        using var answered = await AnswerMissingAsync(browser, id);
        var page = await WebApp.GetDocumentAsync(browser, $"/Tracing/{id}");

        Assert.True(linked.StatusCode == HttpStatusCode.Redirect, linkedPage);
        Assert.Equal("father", form.QuerySelector("#Notification_Recipient")?.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        Assert.Contains("Answered", page.QuerySelector("#request-status")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, page.QuerySelectorAll("#request-steps li").Length);
        Assert.Contains("INVENTED tracing office", page.QuerySelector("#request-answers")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#linked-person a[href^='/People/']"));
    }

    [Fact]
    public async Task Journey_AnsweredMissingThenCaptureConfirmed_TheFamilyIsToBeInformedAgain()
    {
        using var browser = await app.BrowserAsync(Roles.Caseworker);
        var id = await CreateAsync(browser, "Invented-Hasmik Vardanyan");
        using var registered = await RegisterPersonAsync(browser, id, "Vahe", "Invented-Laterfateyan");
        using var answered = await AnswerMissingAsync(browser, id);
        Guid person;
        Guid source;
        await using (var context = app.Database.CreateContext())
        {
            var request = await context.TracingRequests.AsNoTracking().SingleAsync(r => r.Id == id, Cancel);
            (person, source) = (request.PersonId!.Value, request.SourceId!.Value);
        }

        var before = await WebApp.GetDocumentAsync(browser, "/LegalCases/InformAgain");
        await new PersonCommands(app.Database, new FixedActor("caseworker-tests"), TimeProvider.System).AssertFateAsync(
            person, new FateInput(FateStatus.CaptureConfirmed, "2021-01-10", source, "INVENTED: the ICRC confirmed the capture.", null, Credibility.Confirmed), cancellationToken: Cancel);
        var after = await WebApp.GetDocumentAsync(browser, "/LegalCases/InformAgain");

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (registered.StatusCode, answered.StatusCode));
        Assert.Null(before.QuerySelector($"#inform-again-list tr[data-person='{person}']"));
        var row = after.QuerySelector($"#inform-again-list tr[data-person='{person}']");
        Assert.NotNull(row);
        Assert.Equal(Labels.Of(FateStatus.Missing), row.QuerySelector("td.told")?.TextContent.Trim());
    }

    [Fact]
    public async Task Get_Counsel_SeesTheRequestButNoShowContactButton()
    {
        using var caseworker = await app.BrowserAsync(Roles.Caseworker);
        using var counsel = await app.BrowserAsync(Roles.Counsel);
        var id = await CreateAsync(caseworker, "Invented-Nune Grigoryan");

        var mine = await WebApp.GetDocumentAsync(caseworker, $"/Tracing/{id}");
        var theirs = await WebApp.GetDocumentAsync(counsel, $"/Tracing/{id}");

        Assert.NotNull(mine.QuerySelector("#show-contact"));
        Assert.Null(theirs.QuerySelector("#show-contact"));
        Assert.Null(theirs.QuerySelector("#erase-form"));
        Assert.DoesNotContain("555", theirs.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Viewer_IsRefused()
    {
        using var caseworker = await app.BrowserAsync(Roles.Caseworker);
        using var viewer = await app.BrowserAsync(Roles.Viewer);
        var id = await CreateAsync(caseworker, "Invented-Aram Mkrtchyan");

        using var refused = await viewer.GetAsync(new Uri($"/Tracing/{id}", UriKind.Relative), Cancel);

        Assert.Contains("/Account/AccessDenied", refused.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostErase_NoReason_SaysWhyAndKeepsTheContact()
    {
        using var browser = await app.BrowserAsync(Roles.Caseworker);
        var id = await CreateAsync(browser, "Invented-Ani Harutyunyan");

        using var response = await WebApp.PostFormAsync(browser, $"/Tracing/{id}", new Dictionary<string, string> { ["reason"] = " " }, "#erase-form");
        var page = await WebApp.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("#erase-form .field-error")?.TextContent));
        Assert.NotNull(page.QuerySelector("#show-contact"));
    }

    private static Task<HttpResponseMessage> RegisterPersonAsync(HttpClient browser, Guid id, string given, string family) =>
        WebApp.PostFormAsync(browser, $"/Tracing/Link/{id}", new Dictionary<string, string>
        {
            ["Person.GivenName"] = given,
            ["Person.FamilyName"] = family,
            ["Person.ConfirmedNew"] = "true",
        }, "#register-form");

    private static Task<HttpResponseMessage> AnswerMissingAsync(HttpClient browser, Guid id) =>
        WebApp.PostFormAsync(browser, $"/Tracing/Answer/{id}", new Dictionary<string, string>
        {
            ["Notification.ToldOn"] = "2021-01-05",
            ["Notification.ConveyedStatus"] = "Missing",
            ["Notification.ToldBy"] = "INVENTED tracing office",
            ["Notification.Recipient"] = "father",
        }, "#answer-form");

    private static async Task<Guid> CreateAsync(HttpClient browser, string enquirer)
    {
        using var created = await WebApp.PostFormAsync(browser, "/Tracing/Create", new Dictionary<string, string>
        {
            ["Form.EnquirerName"] = enquirer,
            ["Form.Relationship"] = "father",
            ["Form.SoughtName"] = "Armen Invented-Journeyan",
            ["Form.LastSeenOn"] = "2020-11-09",
            ["Form.Contact"] = "+374 91 555 0142",
        }, "#request-form");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return Guid.Parse(created.Headers.Location!.ToString().Split('/')[^1]);
    }
}
