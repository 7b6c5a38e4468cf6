using System.Globalization;
using System.Net.Http.Headers;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Whereabouts.Application.Accounts;
using Whereabouts.Storage;
using Whereabouts.Storage.Writes;

namespace Whereabouts.Web.Tests.Support;

/// <summary>
/// The real web app on a fresh SQLite file (demo data loaded on start), with clients that act as
/// a role through an API key or a signed-in browser cookie. Use one per test class
/// (<c>IClassFixture&lt;WebApp&gt;</c>); accounts get unique names so tests can share it. As a
/// fixture it starts the app and waits for its reports to be prepared.
/// </summary>
public sealed class WebApp : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "whereabouts-web-tests", Guid.NewGuid().ToString("N"));
    private readonly WebApplicationFactory<Program> _factory;

    // The default app starts on a copy of the process's demo registry (DemoRegistryTemplate);
    // apps with settings of their own start on an empty file, as a first start does.
    private readonly bool _fromTemplate;

    public WebApp()
        : this(new Dictionary<string, string>())
    {
        _fromTemplate = true;
    }

    private WebApp(IReadOnlyDictionary<string, string> settings, int? busyTimeoutSeconds = null, Action<IWebHostBuilder>? configure = null)
    {
        Directory.CreateDirectory(_folder);
        DatabaseFile = Path.Combine(_folder, "registry.db");
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("db", busyTimeoutSeconds is { } seconds ? $"Data Source={DatabaseFile};Default Timeout={seconds}" : DatabaseFile);

            // Families' contacts are encrypted with keys of the test's own, beside its database, not in the user's profile.
            web.UseSetting("Whereabouts:Contacts:KeyFolder", Path.Combine(_folder, "contact-keys"));
            foreach (var (key, value) in settings)
            {
                web.UseSetting(key, value);
            }

            configure?.Invoke(web);
        });
    }

    public string DatabaseFile { get; }

    /// <summary>The app with further settings (configuration keys and values); the caller disposes it.</summary>
    public static WebApp With(IReadOnlyDictionary<string, string> settings) => new(settings);

    /// <summary>
    /// The app waiting at most <paramref name="seconds"/> for another connection's write lock
    /// (SQLite's busy timeout, 30 seconds unless set), so that a test of a locked registry is quick.
    /// The caller disposes it.
    /// </summary>
    public static WebApp WithBusyTimeout(int seconds) =>
        // The write gate would otherwise raise the database's wait to its own (minutes: docs/adr/0019).
        new(new Dictionary<string, string> { [WriteGate.WaitSetting] = seconds.ToString(CultureInfo.InvariantCulture) }, seconds);

    /// <summary>
    /// The app as in production, with two addresses that fail as a bug would (<see cref="FailingPath"/>).
    /// The caller disposes it.
    /// </summary>
    public static WebApp Failing() => new(new Dictionary<string, string>(), configure: web =>
    {
        web.UseEnvironment("Production");
        web.ConfigureServices(services => services.AddTransient<IStartupFilter, FailingPath>());
    });

    /// <summary>
    /// The app with every log message, down to Trace, also written to <paramref name="logs"/>, so a
    /// test can show that something never reaches a log; with further <paramref name="settings"/> when given. The caller disposes it.
    /// </summary>
    public static WebApp WithCapturedLogs(CapturedLogs logs, IReadOnlyDictionary<string, string>? settings = null) => new(new Dictionary<string, string>(settings ?? new Dictionary<string, string>())
    {
        ["Logging:LogLevel:Default"] = "Trace",
        ["Logging:LogLevel:Microsoft"] = "Trace",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
        ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Trace",
    }, configure: web => web.ConfigureServices(services => services.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(logs)));

    /// <summary>
    /// The app with its reports' preparation put off for an hour by the app's own setting: its
    /// report pages and endpoints say the figures are being prepared until a test prepares them
    /// (<see cref="Whereabouts.Application.Reports.FateHistoryCache.PrepareAsync"/>). The caller disposes it.
    /// </summary>
    public static WebApp WithReportsUnprepared() =>
        With(new Dictionary<string, string> { [Whereabouts.Web.Reports.ReportPreparationWorker.DelaySetting] = "01:00:00" });

    /// <summary>Starts the app and waits until its reports are prepared.</summary>
    public async ValueTask InitializeAsync()
    {
        if (_fromTemplate)
        {
            await DemoRegistryTemplate.CopyToAsync(DatabaseFile);
        }

        await Prepared.ReportsAsync(_factory);
    }

    public IServiceProvider Services => _factory.Services;

    /// <summary>The registry the app uses, for arranging data and checking what a request saved.</summary>
    public WhereaboutsDatabase Database => Services.GetRequiredService<WhereaboutsDatabase>();

    /// <summary>A client with no credentials; it does not follow redirects, so a 302 to sign-in is visible.</summary>
    public HttpClient Anonymous() => _factory.CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        BaseAddress = new Uri("https://localhost"),
    });

    /// <summary>
    /// A client that keeps its cookies in <paramref name="cookies"/>, where a test can copy them or
    /// share them with another app on the same database; redirects are not followed.
    /// </summary>
    public HttpClient Browser(System.Net.CookieContainer cookies) =>
        _factory.CreateDefaultClient(new Uri("https://localhost"), new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler(cookies));

    /// <summary>The in-memory server, for requests that set what a client cannot (the peer's address).</summary>
    public Microsoft.AspNetCore.TestHost.TestServer Server => _factory.Server;

    /// <summary>
    /// Sends a request as the TLS proxy at <paramref name="peer"/> passes it on: over plain HTTP, for
    /// the host <c>registry.example</c>, saying it came over HTTPS (<c>X-Forwarded-Proto</c>);
    /// with <paramref name="cookie"/> (a <c>Cookie</c> header) and a <paramref name="form"/> when given.
    /// </summary>
    public async Task<Microsoft.AspNetCore.Http.HttpResponse> SendThroughProxyAsync(string peer, string method, string path, string? cookie = null, IReadOnlyDictionary<string, string>? form = null)
    {
        using var content = form is null ? null : new FormUrlEncodedContent(form);
        var body = content is null ? null : await content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        var context = await Server.SendAsync(http =>
        {
            http.Request.Method = method;
            http.Request.Scheme = "http";
            http.Request.Host = new Microsoft.AspNetCore.Http.HostString("registry.example");
            http.Request.Path = path;
            http.Request.Headers["X-Forwarded-Proto"] = "https";
            http.Request.Headers["X-Forwarded-For"] = "203.0.113.5";
            http.Connection.RemoteIpAddress = System.Net.IPAddress.Parse(peer);
            if (cookie is not null)
            {
                http.Request.Headers.Cookie = cookie;
            }

            if (body is not null)
            {
                http.Request.ContentType = "application/x-www-form-urlencoded";
                http.Request.ContentLength = body.Length;
                http.Request.Body = new MemoryStream(body);
            }
        }, TestContext.Current.CancellationToken);
        return context.Response;
    }

    /// <summary>A client that keeps cookies, as a browser does, not signed in; redirects are not followed.</summary>
    public HttpClient Browser() => _factory.CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        HandleCookies = true,
        BaseAddress = new Uri("https://localhost"),
    });

    /// <summary>Creates an account with <paramref name="role"/> and an API key.</summary>
    public async Task<CreatedAccount> CreateAccountAsync(string role, bool withApiKey = true)
    {
        await using var scope = Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        return await accounts.CreateAsync($"{role.ToLowerInvariant()}-{Guid.NewGuid():N}"[..20], role, withApiKey, TestContext.Current.CancellationToken);
    }

    /// <summary>A client that sends an API key of a new account with <paramref name="role"/>.</summary>
    public async Task<HttpClient> ApiClientAsync(string role)
    {
        var account = await CreateAccountAsync(role);
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", account.ApiKey);
        return client;
    }

    /// <summary>A client signed in through the login form as a new account with <paramref name="role"/> (cookies kept, redirects not followed).</summary>
    public async Task<HttpClient> BrowserAsync(string role)
    {
        var account = await CreateAccountAsync(role, withApiKey: false);
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            HandleCookies = true,
            BaseAddress = new Uri("https://localhost"),
        });
        await SignInAsync(client, account);
        return client;
    }

    /// <summary>Signs <paramref name="client"/> (which keeps cookies) in through the login form as <paramref name="account"/>.</summary>
    public static async Task SignInAsync(HttpClient client, CreatedAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        using var response = await PostFormAsync(client, "/Account/Login", new Dictionary<string, string>
        {
            ["UserName"] = account.UserName,
            ["Password"] = account.Password,
        });
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in as {account.UserName} failed: {response.StatusCode}");
        }
    }

    /// <summary>
    /// Submits the first form of the page at <paramref name="path"/> (as a browser would: with its
    /// antiforgery token and hidden fields), overriding the named fields.
    /// </summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, IReadOnlyDictionary<string, string> fields, string? formSelector = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(fields);
        var page = await GetDocumentAsync(client, path);
        var form = (formSelector is null ? page.QuerySelector("main form") : page.QuerySelector(formSelector)) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form on {path}.");
        var values = new List<KeyValuePair<string, string>>();
        foreach (var input in form.Elements.OfType<IHtmlInputElement>().Where(i => i.Type == "hidden" && !string.IsNullOrEmpty(i.Name)))
        {
            if (!fields.ContainsKey(input.Name!))
            {
                values.Add(new(input.Name!, input.Value));
            }
        }

        values.AddRange(fields);
        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? path : form.GetAttribute("action")!;
        using var content = new FormUrlEncodedContent(values);
        return await client.PostAsync(new Uri(action, UriKind.Relative), content, TestContext.Current.CancellationToken);
    }

    /// <summary>
    /// Submits the form <paramref name="formSelector"/> of the page at <paramref name="path"/> with
    /// every field as the page filled it in (inputs, text areas, chosen options), the named fields
    /// replaced: what a browser sends when someone changes only those. An edit form needs this,
    /// since a field left out would be saved as blank. An <c>action</c> sends it elsewhere than the
    /// form's own action, as a button's formaction does ("/Lists/ID?handler=DryRun").
    /// </summary>
    public static async Task<HttpResponseMessage> PostEveryFieldAsync(HttpClient client, string path, string formSelector, IReadOnlyDictionary<string, string> changes, string? action = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(changes);
        var page = await GetDocumentAsync(client, path);
        var form = page.QuerySelector(formSelector) as IHtmlFormElement ?? throw new InvalidOperationException($"No form {formSelector} on {path}.");
        var values = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || changes.ContainsKey(name))
            {
                continue;
            }

            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio", IsChecked: false }:
                    break;
                case IHtmlInputElement input:
                    values.Add(new(name, input.Value));
                    break;
                case IHtmlTextAreaElement area:
                    values.Add(new(name, area.Value));
                    break;
                case IHtmlSelectElement select:
                    values.AddRange(select.SelectedOptions.Select(o => new KeyValuePair<string, string>(name, o.Value)));
                    break;
            }
        }

        values.AddRange(changes);
        action ??= string.IsNullOrEmpty(form.GetAttribute("action")) ? path : form.GetAttribute("action")!;
        using var content = new FormUrlEncodedContent(values);
        return await client.PostAsync(new Uri(action, UriKind.Relative), content, TestContext.Current.CancellationToken);
    }

    /// <summary>Gets a page and parses it with a real HTML parser; fails unless the answer is 200.</summary>
    public static async Task<IHtmlDocument> GetDocumentAsync(HttpClient client, string path)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}.");
        }

        return await new HtmlParser().ParseDocumentAsync(html, TestContext.Current.CancellationToken);
    }

    /// <summary>Parses an HTML response body.</summary>
    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return await new HtmlParser().ParseDocumentAsync(html, TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
