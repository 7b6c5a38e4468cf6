using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Whereabouts.Application.Accounts;
using Whereabouts.Application.Common;
using Whereabouts.Application.Lists;
using Whereabouts.Domain;
using Whereabouts.Storage;
using Whereabouts.Testing;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests;

/// <summary>
/// Two app servers on one PostgreSQL database (docs/adr/0024-two-app-servers.md), as a deployment
/// behind a load balancer runs them: a browser signed in on one is signed in on the other and may
/// post there a form the first served; a fate saved on one shows on the other's dossier, still-held
/// list and public figures within the documented lag; signing out on one ends the session on both;
/// a list import running on one goes on while the other starts.
/// Runs on CI (PostgreSQL); skipped elsewhere when WHEREABOUTS_TEST_POSTGRES is unset.
/// </summary>
public sealed class TwoAppServersTests
{
    // The documented lag (RegistryChanges.DefaultInterval), with room for a busy machine to read
    // the change: this is a test of correctness, not of speed.
    private static readonly TimeSpan Lag = RegistryChanges.DefaultInterval + TimeSpan.FromSeconds(15);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SignInOnOneSaveOnTheOther_BothServeTheSameSessionAndFigures()
    {
        await using var servers = await TwoServers.StartAsync();
        var (first, second) = (servers.First, servers.Second);
        var account = await first.CreateAccountAsync(Roles.Caseworker, withApiKey: false);
        var cookies = new CookieContainer();
        using var onFirst = first.Browser(cookies);
        using var onSecond = second.Browser(cookies);
        await WebApp.SignInAsync(onFirst, account);
        using var anonymous = first.Anonymous();
        var totalBefore = await PublicTotalAsync(anonymous);

        // The session cookie and the antiforgery token the first server made are good on the second.
        using var registered = await PostAcrossAsync(onFirst, onSecond, "/People/Create", new Dictionary<string, string>
        {
            ["Name.FamilyName"] = "Invented-Twoservers",
            ["Name.GivenName"] = "Aram",
            ["Details.Side"] = TestParties.Armenian,
            ["Details.BirthDate"] = "~1990",
        });
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        var location = registered.Headers.Location!.ToString();
        var person = Guid.Parse(location[(location.LastIndexOf('/') + 1)..]);
        var form = await WebApp.GetDocumentAsync(onFirst, $"/People/AddFate/{person}");
        var source = form.QuerySelectorAll("select[name='Fate.SourceId'] option").Select(o => o.GetAttribute("value")).First(v => !string.IsNullOrEmpty(v));
        using var saved = await PostAcrossAsync(onFirst, onSecond, $"/People/AddFate/{person}", new Dictionary<string, string>
        {
            ["Fate.Status"] = "CaptureConfirmed",
            ["Fate.AsOf"] = "2021-02-03",
            ["Fate.SourceId"] = source!,
            ["Fate.Locator"] = "invented-locator-2424",
            ["Fate.Credibility"] = "2",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        // What the second server saved, the first shows.
        var dossier = await WebApp.GetDocumentAsync(onFirst, $"/People/{person}");
        Assert.Contains("invented-locator-2424", dossier.Body!.TextContent, StringComparison.Ordinal);
        var held = await WebApp.GetDocumentAsync(onFirst, $"/Reports/StillHeld?side={TestParties.Armenian}");
        Assert.Contains("Invented-Twoservers", held.Body!.TextContent, StringComparison.Ordinal);
        Assert.True(await WithinLagAsync(async () => await PublicTotalAsync(anonymous) == totalBefore + 1), "the first server's public figures did not count the fate saved on the second");

        // Signing out on the first ends the session on the second.
        using var signedOut = await PostAcrossAsync(onFirst, onFirst, "/Dashboard", new Dictionary<string, string>(), "form[action='/Account/Logout']");
        var copied = new CookieContainer();
        copied.Add(cookies.GetCookies(new Uri("https://localhost")));
        using var copy = second.Browser(copied);
        using var stale = await copy.GetAsync(new Uri("/Dashboard", UriKind.Relative), Cancel);
        Assert.Equal(HttpStatusCode.Redirect, stale.StatusCode);
    }

    [Fact]
    public async Task RevokeOnOne_ApiKeyCachedOnTheOther_StopsWithinTheLag()
    {
        await using var servers = await TwoServers.StartAsync();
        var (first, second) = (servers.First, servers.Second);
        var account = await first.CreateAccountAsync(Roles.Viewer);
        using var client = first.Anonymous();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", account.ApiKey);
        Assert.Equal(HttpStatusCode.OK, await SearchAsync(client));

        await using (var scope = second.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AccountAdministration>().DisableAsync(account.UserName, Cancel);
        }

        Assert.True(await WithinLagAsync(async () => await SearchAsync(client) == HttpStatusCode.Unauthorized), "the first server still took the key of an account the second disabled");
    }

    [Fact]
    public async Task ImportRunningOnOne_TheOtherStarts_TheImportGoesOnToItsEnd()
    {
        // A lease shorter than the second server's start: only the first's renewals keep it alive.
        var leases = new Dictionary<string, string>
        {
            [ListImportLeaseSettings.LengthSetting] = "6",
            [ListImportLeaseSettings.RenewalSetting] = "1",
        };
        var id = Guid.Empty;
        ListImportActivity running = null!;
        await using var servers = await TwoServers.StartAsync(leases, async first =>
        {
            running = first.Services.GetRequiredService<ListImportActivity>();
            id = await QueueLongListAsync(first, running);
            var clock = Stopwatch.StartNew();
            while (!running.IsRunning(id) && clock.Elapsed < TimeSpan.FromMinutes(1))
            {
                await Task.Delay(10, Cancel);
            }

            Assert.True(running.IsRunning(id), "the first server did not start the import");
        });

        // The second server's recovery ran as it started; it looks again every second while the
        // import runs, past the lease's length: only the first server's renewals keep it alive.
        Assert.True(running.IsRunning(id), "the import ended before the second server started: make the list longer");
        var recovery = servers.Second.Services.GetRequiredService<ListImportRunner>();
        while (running.IsRunning(id))
        {
            Assert.Equal(0, await recovery.RecoverAsync(Cancel));
            await Task.Delay(TimeSpan.FromSeconds(1), Cancel);
        }

        var database = servers.First.Database;
        var state = ListImportState.Running;
        var waited = Stopwatch.StartNew();
        while (state is ListImportState.Running or ListImportState.Queued && waited.Elapsed < TimeSpan.FromMinutes(5))
        {
            await Task.Delay(200, Cancel);
            await using var context = database.CreateContext();
            state = await context.ListImports.Where(i => i.Id == id).Select(i => i.State).SingleAsync(Cancel);
        }

        Assert.Equal(ListImportState.Succeeded, state);
    }

    // 30,000 invented rows: seconds of linking on any machine, longer than a server's start.
    private static async Task<Guid> QueueLongListAsync(WebApp server, ListImportActivity activity)
    {
        var csv = new StringBuilder("id,given_name,family_name,birth_date\n");
        for (var i = 1; i <= 30_000; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"INV-{i},Given{i % 97},Invented-Twoservers{i},{1950 + (i % 50)}\n");
        }

        var actor = new FixedActor("invented-uploader");
        var uploads = new ListUploads(server.Database, actor, TimeProvider.System, new ListUploadLimit(ListUploadLimit.DefaultBytes), activity, new ListImporter(server.Database, actor, TimeProvider.System));
        var upload = await uploads.UploadAsync("invented-list.csv", new MemoryStream(Encoding.UTF8.GetBytes(csv.ToString())), null, new ListUploadSettings("INVENTED list of two servers", Invented: true), Cancel);
        await uploads.QueueAsync(upload.Id, upload.Version, Cancel);
        return upload.Id;
    }

    private static async Task<HttpStatusCode> SearchAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/api/v1/persons?q=Invented", UriKind.Relative), Cancel);
        return response.StatusCode;
    }

    private static async Task<int> PublicTotalAsync(HttpClient anonymous)
    {
        using var response = await anonymous.GetAsync(new Uri("/api/v1/public/statistics", UriKind.Relative), Cancel);
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        return json.RootElement.GetProperty("total").GetInt32();
    }

    private static async Task<bool> WithinLagAsync(Func<Task<bool>> seen)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Lag)
        {
            if (await seen())
            {
                return true;
            }

            await Task.Delay(100, Cancel);
        }

        return await seen();
    }

    // Gets the form from one server and submits it, with its antiforgery token, to the other.
    private static async Task<HttpResponseMessage> PostAcrossAsync(HttpClient formFrom, HttpClient postTo, string path, Dictionary<string, string> fields, string formSelector = "main form")
    {
        var page = await WebApp.GetDocumentAsync(formFrom, path);
        var form = (IHtmlFormElement)page.QuerySelector(formSelector)!;
        var values = form.Elements.OfType<IHtmlInputElement>()
            .Where(i => i.Type == "hidden" && !string.IsNullOrEmpty(i.Name) && !fields.ContainsKey(i.Name!))
            .Select(i => new KeyValuePair<string, string>(i.Name!, i.Value))
            .Concat(fields)
            .ToList();
        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? path : form.GetAttribute("action")!;
        using var content = new FormUrlEncodedContent(values);
        return await postTo.PostAsync(new Uri(action, UriKind.Relative), content, Cancel);
    }

    // A fresh PostgreSQL database (the first server loads the demo registry into it) and two
    // servers on it, the second started after the first, as docs/deployment.md says.
    private sealed class TwoServers(TestDatabase database, WebApp first, WebApp second) : IAsyncDisposable
    {
        public WebApp First { get; } = first;

        public WebApp Second { get; } = second;

        public static async Task<TwoServers> StartAsync(IReadOnlyDictionary<string, string>? more = null, Func<WebApp, Task>? beforeSecond = null)
        {
            var database = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSql, withParties: false);
            var settings = new Dictionary<string, string>(more ?? new Dictionary<string, string>()) { ["db"] = database.Location.ConnectionString };
            var first = WebApp.With(settings);
            await first.InitializeAsync();
            if (beforeSecond is not null)
            {
                await beforeSecond(first);
            }

            var second = WebApp.With(settings);
            await second.InitializeAsync();
            return new TwoServers(database, first, second);
        }

        public async ValueTask DisposeAsync()
        {
            await Second.DisposeAsync();
            await First.DisposeAsync();
            await database.DisposeAsync();
        }
    }
}
