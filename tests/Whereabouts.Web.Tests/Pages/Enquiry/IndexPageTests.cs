using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Whereabouts.Domain;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Pages.Enquiry;

/// <summary>
/// The family's own enquiry, sent as a browser sends it (antiforgery token, cookies) from given
/// client addresses. Every enquirer and person here is invented.
/// </summary>
public sealed partial class IndexPageTests(WebApp app) : IClassFixture<WebApp>
{
    private static int _lastAddress;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("hy", "Ձեր դիմումը ստացվել է")]
    [InlineData("ru", "Ваш запрос получен")]
    [InlineData("az", "Müraciətiniz qəbul edilib")]
    [InlineData("en", "Your request has been received")]
    public async Task Post_InEachLanguage_GivesAReceiptAndQueuesAnOpenRequestFromThePublicForm(string culture, string received)
    {
        using var client = Client();

        using var response = await SendAsync(client, $"/Enquiry?culture={culture}", "Invented-Missingyan Aram");
        var page = await WebApp.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(received, page.QuerySelector("#receipt-title")?.TextContent.Trim());
        var reference = page.QuerySelector("#receipt-reference")?.TextContent.Trim();
        Assert.True(TracingRequest.IsReference(reference), reference);
        await using var context = app.Database.CreateContext();
        var request = await context.TracingRequests.AsNoTracking().SingleAsync(r => r.Reference == reference, Cancel);
        Assert.Equal((TracingRequestStatus.Open, TracingRequestChannel.PublicForm, "public-form", culture, true),
            (request.Status, request.Channel, request.RecordedBy, request.Language, request.HasContact));
        Assert.Equal(["ICRC"], request.ShareWith);
        Assert.Equal("Invented-Missingyan Aram", request.SoughtName);
        Assert.Equal(PartialDate.Parse("1999"), request.SoughtBirthDate);
    }

    [Fact]
    public async Task Post_TheContact_IsKeptEncryptedAndIsNotInTheDatabaseFileInClear()
    {
        const string phone = "+374 91 555 0173";
        using var client = Client();

        using var response = await SendAsync(client, "/Enquiry", "Invented-Encryptedyan", contact: phone);
        var body = await response.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(phone, body, StringComparison.Ordinal);
        var reference = (await WebApp.ParseAsync(response)).QuerySelector("#receipt-reference")?.TextContent.Trim();
        await using (var context = app.Database.CreateContext())
        {
            var request = await context.TracingRequests.AsNoTracking().SingleAsync(r => r.Reference == reference, Cancel);
            Assert.True(await context.EnquirerContacts.AnyAsync(c => c.TracingRequestId == request.Id, Cancel));
            Assert.Equal(ContactEventKind.Recorded, Assert.Single(request.ContactEvents).Kind);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { app.DatabaseFile, app.DatabaseFile + "-wal", app.DatabaseFile + "-shm" }.Where(File.Exists))
        {
            var bytes = await ReadSharedAsync(file);
            Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(phone)));
            Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes(phone)));
        }
    }

    [Fact]
    public async Task Post_SixthFromOneAddress_Gets429InTheAppsFrameWithRetryAfter_AnotherAddressStillSends()
    {
        using var client = Client();
        for (var i = 1; i <= 5; i++)
        {
            using var accepted = await SendAsync(client, "/Enquiry", $"Invented-Limitedyan {i}");
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        }

        using var refused = await SendAsync(client, "/Enquiry?culture=ru", "Invented-Limitedyan 6");
        var page = await WebApp.ParseAsync(refused);
        using var other = Client();
        using var elsewhere = await SendAsync(other, "/Enquiry", "Invented-Elsewhereyan");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, refused.Headers.RetryAfter?.ToString());
        Assert.Equal("Слишком много запросов с этого адреса", page.QuerySelector("#error-title")?.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("header nav"));
        Assert.Equal(HttpStatusCode.OK, elsewhere.StatusCode);
        await using var context = app.Database.CreateContext();
        Assert.False(await context.TracingRequests.AnyAsync(r => r.SoughtName == "Invented-Limitedyan 6", Cancel));
    }

    [Fact]
    public async Task Post_ANameInTheRegistryAndOneThatIsNot_GetTheSameAnswer()
    {
        string known;
        await using (var context = app.Database.CreateContext())
        {
            known = await context.PersonIndex.AsNoTracking().OrderBy(e => e.SortName).Select(e => e.DisplayName).FirstAsync(Cancel);
        }

        using var client = Client();
        using var first = await SendAsync(client, "/Enquiry", known);
        using var second = await SendAsync(client, "/Enquiry", "Invented-Nobodyyan Nobody");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(first.StatusCode, second.StatusCode);
        Assert.Equal(await WithoutReferenceAsync(first), await WithoutReferenceAsync(second));
    }

    [Fact]
    public async Task Get_WithoutSigningIn_ShowsTheFormInTheReadersLanguageWithTheContactNote()
    {
        using var client = Client();

        var page = await WebApp.GetDocumentAsync(client, "/Enquiry?culture=az");

        Assert.NotNull(page.QuerySelector("#enquiry-form input[name=__RequestVerificationToken]"));
        Assert.Equal("az", page.QuerySelector("#Form_Language option[selected]")?.GetAttribute("value"));
        Assert.Contains("şifrələnir", page.QuerySelector("#contact-note")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("/Enquiry", page.QuerySelector("#nav-enquiry")?.GetAttribute("href"));
        Assert.Null(page.QuerySelector("#enquiry-form input[type=search]"));
    }

    [Fact]
    public async Task Post_MissingFields_SaysWhatIsMissingInTheReadersLanguageAndSavesNothing()
    {
        using var client = Client();

        using var response = await SendAsync(client, "/Enquiry?culture=hy", "Invented-Incompleteyan", enquirer: string.Empty, birth: "2999");
        var page = await WebApp.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(page.QuerySelector("#receipt-reference"));
        Assert.Equal("Նշեք ձեր անունը։", page.QuerySelector("[data-valmsg-for='Form.EnquirerName']")?.TextContent.Trim());
        Assert.StartsWith("Գրեք ամսաթիվ", page.QuerySelector("[data-valmsg-for='Form.SoughtBirth']")?.TextContent.Trim(), StringComparison.Ordinal);
        await using var context = app.Database.CreateContext();
        Assert.False(await context.TracingRequests.AnyAsync(r => r.SoughtName == "Invented-Incompleteyan", Cancel));
    }

    [Fact]
    public async Task Post_HoneypotFilledIn_SavesNothing()
    {
        using var client = Client();

        using var response = await SendAsync(client, "/Enquiry", "Invented-Robotyan", website: "http://spam.example");
        var page = await WebApp.ParseAsync(response);

        Assert.Null(page.QuerySelector("#receipt-reference"));
        await using var context = app.Database.CreateContext();
        Assert.False(await context.TracingRequests.AnyAsync(r => r.SoughtName == "Invented-Robotyan", Cancel));
    }

    [Fact]
    public async Task GetAndPost_FormSwitchedOff_AnswerNotFound()
    {
        await using var closed = WebApp.With(new Dictionary<string, string> { ["Whereabouts:Tracing:PublicForm:Enabled"] = "false" });
        await closed.InitializeAsync();
        using var client = closed.Anonymous();

        using var get = await client.GetAsync(new Uri("/Enquiry", UriKind.Relative), Cancel);
        using var post = await client.PostAsync(new Uri("/Enquiry", UriKind.Relative), new FormUrlEncodedContent([new("Form.SoughtName", "Invented")]), Cancel);
        var index = await WebApp.GetDocumentAsync(client, "/");

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.True(post.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, post.StatusCode.ToString());
        Assert.Null(index.QuerySelector("#nav-enquiry"));
    }

    // A browser at its own client address (each client gets the next one), keeping its cookies.
    private HttpClient Client()
    {
        var address = IPAddress.Parse($"198.51.100.{Interlocked.Increment(ref _lastAddress)}");
        var handler = new CookieContainerHandler(new CookieContainer())
        {
            InnerHandler = app.Server.CreateHandler(context => context.Connection.RemoteIpAddress = address),
        };
        return new HttpClient(handler) { BaseAddress = new Uri("https://localhost") };
    }

    private static Task<HttpResponseMessage> SendAsync(
        HttpClient client, string path, string sought, string contact = "+374 10 000 0000", string enquirer = "Invented-Enquiryan Anahit", string birth = "1999", string website = "") =>
        WebApp.PostFormAsync(client, path, new Dictionary<string, string>
        {
            ["Form.EnquirerName"] = enquirer,
            ["Form.Relationship"] = "mother",
            ["Form.Contact"] = contact,
            ["Form.SoughtName"] = sought,
            ["Form.SoughtBirth"] = birth,
            ["Form.LastSeenPlace"] = "Invented village",
            ["Form.LastSeenOn"] = "2020-11",
            ["Form.Circumstances"] = "Invented for a test.",
            ["Form.ShareWith"] = "ICRC",
            ["Form.Website"] = website,
        }, "#enquiry-form");

    private static async Task<string> WithoutReferenceAsync(HttpResponseMessage response) =>
        Reference().Replace(await response.Content.ReadAsStringAsync(Cancel), "T-REFERENCE");

    private static async Task<byte[]> ReadSharedAsync(string file)
    {
        await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, Cancel);
        return copy.ToArray();
    }

    [GeneratedRegex(@"T-\d{4}-\d{4,}")]
    private static partial Regex Reference();
}
